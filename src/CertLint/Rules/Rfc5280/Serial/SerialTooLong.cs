namespace CertLint.Rules.Rfc5280;

public sealed class SerialTooLong : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.serial.too-long",
        Title = "Serial number must be at most 20 octets",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.2",
        Description = "Checks that the serialNumber INTEGER's content (as encoded, sign octet included) is at most 20 octets.",
        Rationale = "\"Conforming CAs MUST NOT use serialNumber values longer than 20 octets\", and relying parties only have to handle 20. Software with fixed-size serial fields (databases, HSMs, CRL and OCSP tooling sized to the RFC's 20 octets) may truncate or reject longer ones, and lookups by serial stop matching.",
        Fix = "Issue serials of at most 20 octets: e.g. 16 random octets with the top bit cleared (openssl: -set_serial 0x<32 hex digits>, or serial_size 16 in your CA).",
        Example = "Serial Number: 01:5c:0f:fe:... (21 octets)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var length = context.Certificate.SerialNumberRaw.Length;
        if (length > context.IntParameter("max_octets", 20))
        {
            findings.Add(Finding.At(Descriptor, $"serial is {length} octets (max {context.IntParameter("max_octets", 20)})", context.Certificate.SerialNumberLocation));
        }
    }
}
