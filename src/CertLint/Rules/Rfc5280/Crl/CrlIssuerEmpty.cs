namespace CertLint.Rules.Rfc5280;

public sealed class CrlIssuerEmpty : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.issuer.empty",
        Title = "CRL issuer name must not be empty",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.1.2.3",
        Description = "Checks that tbsCertList.issuer holds at least one RDN.",
        Rationale = "\"The issuer field MUST contain a non-empty X.500 distinguished name (DN).\" Relying parties find a CRL's issuer by this name (RFC 5280 6.3.3 (b)); with an empty name OpenSSL, Go and Windows cannot match the CRL to any CA, so revocations in it are never seen.",
        Fix = "Issue the CRL with the issuing CA's subject name as the issuer.",
        Example = "Issuer: (empty)",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        if (context.Crl.Issuer.IsEmpty)
        {
            yield return Finding.At(Descriptor, "CRL issuer is an empty name", context.Crl.Issuer.Location);
        }
    }
}
