using CertLint.Asn1;

namespace CertLint.Rules.Iot;

public sealed class IotCrldpPresent : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.crldp.present",
        Title = "CRL distribution points in an IoT certificate",
        DefaultSeverity = Severity.Warning,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("All Certificates / Certificate Revocation Checks"),
        Description = "Checks that cRLDistributionPoints is absent.",
        Rationale = "Constrained devices do not fetch CRLs during the handshake, so the CRL Distribution Points extension SHOULD NOT be included: it only costs bytes in every handshake and flash, and hints at a revocation mechanism that is not used.",
        Fix = "Drop crlDistributionPoints from the device and device-CA profiles; manage revocation through the device management system.",
        Example = "X509v3 CRL Distribution Points: Full Name: URI:http://crl.iot.example.test/device-ca.crl",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (context.Certificate.Extension(Oids.CrlDistributionPoints) is { } extension)
        {
            findings.Add(Finding.At(Descriptor, "cRLDistributionPoints is present (the IoT profile says it SHOULD NOT be)", extension.Location));
        }
    }
}
