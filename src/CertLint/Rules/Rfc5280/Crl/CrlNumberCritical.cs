using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class CrlNumberCritical : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.number.critical",
        Title = "cRLNumber must not be critical",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.2.3",
        Description = "Checks that the cRLNumber extension is not marked critical.",
        Rationale = "\"The CRL number is a non-critical CRL extension.\" A relying party that does not process CRL numbers must reject a CRL with an unrecognised critical extension (5.2), so marking it critical makes the CRL unusable for those verifiers.",
        Fix = "Issue cRLNumber without 'critical'.",
        Example = "X509v3 CRL Number: critical 42",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context) =>
        CrlChecks.Criticality(Descriptor, context.Crl.Extension(Oids.CrlNumber), wantCritical: false, "MUST be non-critical");
}
