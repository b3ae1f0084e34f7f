using CertLint.X509;
using CertLint.X509.Chains;

namespace CertLint.Rules.Chain;

public sealed class ChainCrlSignatureInvalid : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "chain.crl-signature-invalid",
        Title = "CRL signature does not verify under the issuing CA's key",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "6.3.3 (f), (g)",
        Description = "Verifies the CRL's signatureValue over the tbsCertList bytes exactly as encoded with the key of the CA named by the CRL's issuer (same name, agreeing key identifiers; from the same file, --chain or --ca). Reported when CAs of that name are present and none of their keys verifies it; algorithms that cannot be checked are skipped.",
        Rationale = "RFC 5280 6.3.3 requires the CRL's signature to be verified with the CRL issuer's key before the CRL is used. A CRL that fails this check (signed by another key, edited or re-encoded after signing) is discarded by OpenSSL (X509_V_ERR_CRL_SIGNATURE_FAILURE), Go and Windows, so every revocation in it is ignored and the certificates it revokes stay trusted.",
        Fix = "Re-issue the CRL with the CA's current key, publish it together with the matching CA certificate, and never edit a signed CRL.",
        Example = "ecdsa-with-SHA256 CRL signature does not verify with the key of CN=CertLint CRL CA",
        NeedsIssuer = true,
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        if (context.IssuerMatch is { Status: IssuerStatus.NotVerified, Issuer: { } issuer } match
            && CrlIssuer.Verify(context.Crl, issuer).Verdict == SignatureVerdict.Invalid)
        {
            yield return Finding.At(Descriptor,
                $"{context.Crl.SignatureAlgorithm.Name} CRL signature does not verify with the public key of \"{ChainContext.Describe(issuer)}\"{(match.Reason is { } why && why != "signature does not verify" ? $" ({why})" : "")}",
                context.Crl.Signature.Location);
        }
    }
}
