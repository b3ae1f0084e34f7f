using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class CrlEntryReasonCritical : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.entry.reason-critical",
        Title = "reasonCode must not be critical",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.3.1",
        Description = "Checks that no reasonCode entry extension is marked critical.",
        Rationale = "\"The reasonCode is a non-critical CRL entry extension.\" A verifier that does not process reason codes must refuse a CRL with a critical entry extension it cannot process (5.3), so a critical reasonCode can make the whole CRL unusable.",
        Fix = "Issue reasonCode without 'critical'.",
        Example = "X509v3 CRL Reason Code: critical Key Compromise",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        foreach (var entry in context.Crl.Revoked)
        {
            if (entry.Extension(Oids.CrlReason) is { Critical: true } extension)
            {
                yield return Finding.At(Descriptor, $"entry {entry.Index} (serial {entry.SerialHex}) has reasonCode marked critical; RFC 5280 says it is non-critical", extension.Location);
            }
        }
    }
}
