using CertLint.X509;

namespace CertLint.Rules.Iot;

public sealed class IotLeafDigitalSignatureMissing : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.leaf.digital-signature-missing",
        Title = "End-entity keyUsage without digitalSignature",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("End Entity Certificate / Key Usage; All Certificates / Subject Public Key Info"),
        Description = "Checks that an end-entity certificate's keyUsage asserts digitalSignature.",
        Rationale = "For signature verification keys the digitalSignature purpose MUST be specified, and the profile prohibits static ECDH end-entity certificates, so every device key is a signature key. TLS 1.3 and ECDHE-ECDSA need digitalSignature: Mbed TLS's certificate usage check refuses the certificate for client or server authentication without it.",
        Fix = "Issue device certificates with 'keyUsage = critical, digitalSignature'.",
        Example = "X509v3 Key Usage: critical Key Agreement",
        AppliesTo = CertificateRoles.Leaf,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (context.Certificate.KeyUsage is { } keyUsage && !keyUsage.Has(KeyUsageFlags.DigitalSignature))
        {
            findings.Add(Finding.At(Descriptor, $"end-entity keyUsage is {KeyUsage.Describe(keyUsage.Flags)}, without digitalSignature", keyUsage.Bits.Location));
        }
    }
}
