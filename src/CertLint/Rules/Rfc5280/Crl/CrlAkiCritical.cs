using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class CrlAkiCritical : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.aki.critical",
        Title = "CRL authorityKeyIdentifier must not be critical",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.2.1, 4.2.1.1",
        Description = "Checks that the CRL's authorityKeyIdentifier extension is not marked critical.",
        Rationale = "5.2.1 defines the CRL's authorityKeyIdentifier by 4.2.1.1, where \"Conforming CAs MUST mark this extension as non-critical\"; a critical one is rejected by verifiers that do not process it, so they cannot use the CRL at all.",
        Fix = "Issue authorityKeyIdentifier in the CRL without 'critical'.",
        Example = "X509v3 Authority Key Identifier: critical keyid:...",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context) =>
        CrlChecks.Criticality(Descriptor, context.Crl.Extension(Oids.AuthorityKeyIdentifier), wantCritical: false, "MUST be non-critical");
}
