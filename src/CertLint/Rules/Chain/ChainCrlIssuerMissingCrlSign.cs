using CertLint.X509;

namespace CertLint.Rules.Chain;

public sealed class ChainCrlIssuerMissingCrlSign : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "chain.crl-issuer-missing-crl-sign",
        Title = "CRL issuer's keyUsage lacks cRLSign",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "6.3.3 (f), 4.2.1.3",
        Description = "Checks that the certificate whose key signed the CRL (same file, --chain or --ca) asserts cRLSign when it has a keyUsage extension.",
        Rationale = "RFC 5280 6.3.3 (f) requires that \"the keyUsage extension ... if present, has the cRLSign bit set\" in the CRL issuer's certificate. OpenSSL (X509_V_ERR_KEYUSAGE_NO_CRL_SIGN), Go and Windows reject a CRL signed by a key that may not sign CRLs, so its revocations are never applied.",
        Fix = "Issue the CA certificate with keyUsage keyCertSign, cRLSign, or sign the CRL with a key whose certificate asserts cRLSign.",
        Example = "CA keyUsage: critical Certificate Sign (no CRL Sign)",
        NeedsIssuer = true,
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        if (context.IssuerMatch is { Status: X509.Chains.IssuerStatus.Verified or X509.Chains.IssuerStatus.NameOnly, Issuer: { KeyUsage: { } usage } issuer }
            && !usage.Has(KeyUsageFlags.CrlSign))
        {
            yield return Finding.At(Descriptor,
                $"the CRL is signed by \"{ChainContext.Describe(issuer)}\", whose keyUsage ({KeyUsage.Describe(usage.Flags)}) lacks cRLSign",
                context.Crl.Issuer.Location);
        }
    }
}
