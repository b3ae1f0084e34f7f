namespace CertLint.Rules.Rfc5280;

public sealed class CrlNextUpdateMissing : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.next-update.missing",
        Title = "CRL without nextUpdate",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.1.2.5",
        Description = "Checks that the optional nextUpdate field is present.",
        Rationale = "\"Conforming CRL issuers MUST include the nextUpdate field in all CRLs.\" Without it a relying party cannot tell when the CRL goes stale: OpenSSL treats it as never expiring and keeps using it, so later revocations are missed; some stacks reject it.",
        Fix = "Issue the CRL with a validity period (openssl ca -gencrl -crldays N).",
        Example = "Next Update: NONE",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        if (context.Crl.NextUpdate is null)
        {
            yield return Finding.At(Descriptor, $"CRL has no nextUpdate (thisUpdate {context.Crl.ThisUpdate.Encoded})", context.Crl.ThisUpdate.Location);
        }
    }
}
