using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class CrlIdpNotCritical : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.idp.not-critical",
        Title = "issuingDistributionPoint must be critical",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.2.5",
        Description = "Checks that the issuingDistributionPoint extension is marked critical.",
        Rationale = "\"The issuing distribution point is a critical CRL extension\": it narrows the scope of the CRL (only user or CA certificates, some reasons, one partition). A verifier that ignores a non-critical one uses a partial CRL as if it were complete and accepts certificates whose revocation is on another partition.",
        Fix = "Mark issuingDistributionPoint critical (openssl: issuingDistributionPoint=critical,@idp_section).",
        Example = "X509v3 Issuing Distribution Point: Full Name: URI:http://crl.example.test/ca.crl (not critical)",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context) =>
        CrlChecks.Criticality(Descriptor, context.Crl.Extension(Oids.IssuingDistributionPoint), wantCritical: true, "MUST be critical");
}
