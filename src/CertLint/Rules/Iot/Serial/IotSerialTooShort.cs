namespace CertLint.Rules.Iot;

public sealed class IotSerialTooShort : IRule
{
    public const int MinOctets = 8;

    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.serial.too-short",
        Title = "Serial number shorter than 8 octets",
        DefaultSeverity = Severity.Warning,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("All Certificates / Serial Number"),
        Description = "Checks that the serial number has at least 8 octets of value (a sign-padding 0x00 does not count).",
        Rationale = "CAs SHOULD generate serial numbers containing at least eight octets of unpredictable output from a CSPRNG, so that serials cannot be predicted (which protects against chosen-prefix collision attacks on the signature) and stay unique across a device fleet.",
        Fix = "Generate serials from at least 64 random bits (OpenSSL: 'openssl rand -hex 16' for -set_serial, or a CA that randomizes serials).",
        Example = "Serial Number: 4660 (0x1234)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        var raw = certificate.SerialNumberRaw.Span;
        var octets = raw.Length > 1 && raw[0] == 0x00 ? raw.Length - 1 : raw.Length;
        if (octets < MinOctets)
        {
            findings.Add(Finding.At(Descriptor, $"serial number is {octets} octet(s) (at least {MinOctets} octets of random recommended): 0x{Convert.ToHexString(raw)}", certificate.SerialNumberLocation));
        }
    }
}
