namespace CertLint.Rules.Rfc5280;

public sealed class CrlEntryReasonInvalid : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.entry.reason-invalid",
        Title = "reasonCode value not defined",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.3.1",
        Description = "Checks that every reasonCode is one of the CRLReason values 0-6 and 8-10 (7 is not used).",
        Rationale = "CRLReason is an ENUMERATED with the values 0-6 and 8-10 only; an undefined value (7, or above 10) is a decoding error for strict parsers (Go rejects the CRL) and unknown to the rest, so the revocation's meaning is lost.",
        Fix = "Use a defined reason (keyCompromise, superseded, cessationOfOperation, ...) or leave the extension out.",
        Example = "X509v3 CRL Reason Code: 7",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        foreach (var entry in context.Crl.Revoked)
        {
            if (entry.Reason is { IsDefined: false } reason)
            {
                yield return Finding.At(Descriptor, $"entry {entry.Index} (serial {entry.SerialHex}) has reasonCode {reason.Value}, which CRLReason does not define", reason.Location);
            }
        }
    }
}
