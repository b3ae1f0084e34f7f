namespace CertLint.Rules.Rfc5280;

public sealed class CrlEntryRevocationDateAfterThisUpdate : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.entry.revocation-date-after-this-update",
        Title = "Revocation date later than the CRL's thisUpdate",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.1.2.6, 5.1.2.4",
        Description = "Reports an entry whose revocationDate is after the CRL's thisUpdate.",
        Rationale = "thisUpdate is the issue date of the CRL and revocationDate \"the date on which the revocation occurred\"; a CRL cannot report a revocation that had not happened when it was issued. Such entries come from clock errors or back-dated CRLs, and verifiers that compare the dates (Windows, zlint's e_crl_revocation_time_after_this_update) treat the CRL as broken.",
        Fix = "Fix the CA's clock or CRL issuance time and re-issue the CRL.",
        Example = "Last Update: Jan 1 2026, Revocation Date: Jan 5 2026",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        if (context.Crl.ThisUpdate.Value is not { } thisUpdate)
        {
            yield break;
        }
        foreach (var entry in context.Crl.Revoked)
        {
            if (entry.RevocationDate.Value is { } revoked && revoked > thisUpdate)
            {
                yield return Finding.At(Descriptor, $"entry {entry.Index} (serial {entry.SerialHex}) revocationDate {entry.RevocationDate.Encoded} is after thisUpdate {context.Crl.ThisUpdate.Encoded}", entry.RevocationDate.Location);
            }
        }
    }
}
