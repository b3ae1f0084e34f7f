using CertLint.Asn1;
using CertLint.Rules.Rfc5280;

namespace CertLint.Rules.Iot;

public sealed class IotLeafKeyUsageNotCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.leaf.key-usage-not-critical",
        Title = "End-entity keyUsage must be critical",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("End Entity Certificate / Key Usage"),
        Description = "Checks that keyUsage in an end-entity certificate is marked critical.",
        Rationale = "The key usage extension MUST be set and MUST be marked critical in end-entity certificates (RFC 5280 only says SHOULD), so that a verifier which does not process it refuses the certificate rather than ignoring the restriction.",
        Fix = "Issue device certificates with 'keyUsage = critical, digitalSignature'.",
        Example = "X509v3 Key Usage: Digital Signature   (no 'critical')",
        AppliesTo = CertificateRoles.Leaf,
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.KeyUsage, wantCritical: true, "MUST be critical", IotProfile.SourceShort);
}
