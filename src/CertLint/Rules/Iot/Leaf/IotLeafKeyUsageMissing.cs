using CertLint.Asn1;

namespace CertLint.Rules.Iot;

public sealed class IotLeafKeyUsageMissing : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.leaf.key-usage-missing",
        Title = "End-entity certificate without keyUsage",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("End Entity Certificate / Key Usage"),
        Description = "Checks that an end-entity certificate carries keyUsage.",
        Rationale = "The key usage extension MUST be set in end-entity certificates, so that a device key is bound to the signature (or key agreement) purpose it is used for and cannot be misused for another.",
        Fix = "Issue device certificates with 'keyUsage = critical, digitalSignature'.",
        Example = "(device certificate without X509v3 Key Usage)",
        AppliesTo = CertificateRoles.Leaf,
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        IotChecks.Missing(findings, Descriptor, context.Certificate, Oids.KeyUsage, "end-entity certificate");
}
