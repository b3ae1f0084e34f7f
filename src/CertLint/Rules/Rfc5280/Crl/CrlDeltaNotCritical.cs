using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class CrlDeltaNotCritical : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.delta.not-critical",
        Title = "deltaCRLIndicator must be critical",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.2.4",
        Description = "Checks that the deltaCRLIndicator extension is marked critical.",
        Rationale = "\"The delta CRL indicator is a critical CRL extension that identifies a CRL as being a delta CRL.\" A verifier that ignores a non-critical indicator takes the delta CRL, which lists only recent changes, for a complete CRL and accepts every certificate revoked before the base CRL.",
        Fix = "Mark deltaCRLIndicator critical (openssl ca -gencrl with a delta CRL configuration does).",
        Example = "X509v3 Delta CRL Indicator: 41 (not critical)",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context) =>
        CrlChecks.Criticality(Descriptor, context.Crl.Extension(Oids.DeltaCrlIndicator), wantCritical: true, "MUST be critical");
}
