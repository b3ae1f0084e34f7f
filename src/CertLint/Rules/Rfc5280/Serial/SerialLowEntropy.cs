namespace CertLint.Rules.Rfc5280;

public sealed class SerialLowEntropy : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.serial.low-entropy",
        Title = "Serial number shorter than 8 octets",
        DefaultSeverity = Severity.Notice,
        Source = "CA/Browser Forum BR",
        Citation = "7.1 (64 bits of CSPRNG output); RFC 5280 4.1.2.2",
        Description = "Flags a serial number whose value fits in fewer than 8 octets (leading sign octet not counted), i.e. one that cannot hold 64 random bits.",
        Rationale = "Unpredictable serials are what defeats chosen-prefix collision attacks on the signature (the MD5 rogue-CA attack of 2008); public CAs must use at least 64 random bits, and the IoT profile (RFC 7925 / draft-ietf-uta-tls13-iot-profile) asks for at least 8 octets. Short sequential serials also collide when a CA is rebuilt.",
        Fix = "Use 16 random octets with the top bit cleared (openssl ca: a random serial file, or -set_serial 0x$(openssl rand -hex 16) with the first digit below 8).",
        Example = "Serial Number: 4096 (0x1000)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var raw = context.Certificate.SerialNumberRaw.Span;
        var significant = raw.Length;
        if (significant > 1 && raw[0] == 0)
        {
            significant--;
        }
        var minimum = context.IntParameter("min_octets", 8);
        if (significant < minimum)
        {
            findings.Add(Finding.At(Descriptor, $"serial 0x{Convert.ToHexString(raw)} has {significant} significant octet(s) (at least {minimum} recommended)",
                context.Certificate.SerialNumberLocation));
        }
    }
}
