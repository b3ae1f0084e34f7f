using CertLint.Asn1;

namespace CertLint.Rules.Chain;

public sealed class ChainAkiSkiMismatch : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "chain.aki-ski-mismatch",
        Title = "Authority key identifier does not match the issuer's subject key identifier",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.1, 4.2.1.2",
        Description = "When the certificate's authorityKeyIdentifier has a keyIdentifier and the issuing certificate has a subjectKeyIdentifier, checks that the two are equal. The issuing certificate is the one the engine found or, when it found none (its lookup wants agreeing key IDs), the chain or trust-anchor certificate whose subject equals this certificate's issuer name.",
        Rationale = "The issuer's SKI \"MUST be the value placed in the key identifier field of the Authority Key Identifier extension of certificates issued by the subject of this certificate\". Path builders use the pair to pick among CA certificates with the same name (key rollover); OpenSSL's X509_check_issued rejects a mismatching candidate (verify error 'unable to get local issuer certificate'), so the chain fails even though names and signature are right.",
        Fix = "Re-issue the certificate from the current CA certificate (openssl ca with authorityKeyIdentifier=keyid:always), or supply the CA certificate whose key actually signed it.",
        Example = "Authority Key Identifier: 52:1E:BA:...; issuer's Subject Key Identifier: 9F:03:C4:...",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var cert = context.Certificate;
        if (ChainContext.LikelyIssuer(context) is not { SubjectKeyIdentifier: { } ski } issuer || cert.AuthorityKeyIdentifier?.KeyId is not { } keyId)
        {
            return;
        }
        if (!keyId.Span.SequenceEqual(ski.KeyId.Span))
        {
            var location = cert.Extension(Oids.AuthorityKeyIdentifier)?.ValueLocation;
            findings.Add(Finding.At(Descriptor,
                $"authorityKeyIdentifier {Convert.ToHexString(keyId.Span)} differs from the subjectKeyIdentifier {Convert.ToHexString(ski.KeyId.Span)} of \"{ChainContext.Describe(issuer)}\"", location));
        }
    }
}
