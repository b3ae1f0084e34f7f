using CertLint.Asn1;

namespace CertLint.Rules.Iot;

public sealed class IotAkiMissing : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.aki.missing",
        Title = "Subordinate CA or end-entity certificate without authorityKeyIdentifier",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("Subordinate CA Certificate / Authority Key Identifier; End Entity Certificate / Authority Key Identifier"),
        Description = "Checks that subordinate CA and end-entity certificates carry authorityKeyIdentifier.",
        Rationale = "The Authority Key Identifier extension MUST be set in subordinate CA and end-entity certificates and MUST contain the subjectKeyIdentifier of the issuing CA; devices use it to pick the right issuer, e.g. during CA key rollover.",
        Fix = "Issue with 'authorityKeyIdentifier = keyid'.",
        Example = "(device certificate without X509v3 Authority Key Identifier)",
        AppliesTo = CertificateRoles.Intermediate | CertificateRoles.Leaf,
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        IotChecks.Missing(findings, Descriptor, context.Certificate, Oids.AuthorityKeyIdentifier, "certificate");
}
