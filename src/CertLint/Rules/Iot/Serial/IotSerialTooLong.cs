namespace CertLint.Rules.Iot;

public sealed class IotSerialTooLong : IRule
{
    public const int MaxOctets = 20;

    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.serial.too-long",
        Title = "Serial number longer than 20 octets",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("All Certificates / Serial Number") + "; RFC 5280 4.1.2.2",
        Description = "Checks that the encoded serial number INTEGER has at most 20 content octets.",
        Rationale = "The profile restates RFC 5280's limit of 20 octets. Embedded verifiers and CA databases size serial storage to it, so a longer serial can be truncated or refused, which breaks revocation lookups and certificate comparison.",
        Fix = "Issue with a serial of at most 20 octets, e.g. 16 random octets with the top bit cleared.",
        Example = "Serial Number: 01:02:03:...:15 (21 octets)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        var octets = certificate.SerialNumberRaw.Length;
        if (octets > MaxOctets)
        {
            findings.Add(Finding.At(Descriptor, $"serial number is {octets} octets (max {MaxOctets})", certificate.SerialNumberLocation));
        }
    }
}
