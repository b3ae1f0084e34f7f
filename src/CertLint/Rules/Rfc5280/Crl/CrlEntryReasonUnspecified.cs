namespace CertLint.Rules.Rfc5280;

public sealed class CrlEntryReasonUnspecified : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.entry.reason-unspecified",
        Title = "reasonCode unspecified (0) should be left out",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "5.3.1",
        Description = "Reports an entry whose reasonCode extension holds unspecified (0).",
        Rationale = "\"The reason code CRL entry extension SHOULD be absent instead of using the unspecified (0) reasonCode value.\" It costs bytes in every CRL download and tells the relying party nothing; CA/Browser Forum CRL profiles forbid it outright, so such CRLs fail those audits.",
        Fix = "Revoke without a reason (openssl ca -revoke without -crl_reason) instead of 'unspecified'.",
        Example = "X509v3 CRL Reason Code: Unspecified",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        foreach (var entry in context.Crl.Revoked)
        {
            if (entry.Reason is { Value.IsZero: true } reason)
            {
                yield return Finding.At(Descriptor, $"entry {entry.Index} (serial {entry.SerialHex}) has reasonCode unspecified (0); leave the extension out instead", reason.Location);
            }
        }
    }
}
