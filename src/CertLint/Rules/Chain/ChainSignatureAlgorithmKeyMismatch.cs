namespace CertLint.Rules.Chain;

using SignatureAlgorithms = CertLint.Rules.Rfc5280.SignatureAlgorithms;

public sealed class ChainSignatureAlgorithmKeyMismatch : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "chain.signature-algorithm-key-mismatch",
        Title = "Signature algorithm does not fit the issuer's key type",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.1.2, 6.1.3 (a)(1); RFC 3279, 5480, 8410",
        Description = "Checks that the signatureAlgorithm belongs to the issuing certificate's key type: RSA PKCS#1 v1.5 and RSASSA-PSS for RSA keys, ECDSA for EC keys, DSA for DSA keys, Ed25519/Ed448 for the matching EdDSA key.",
        Rationale = "A certificate claiming sha256WithRSAEncryption from a CA with an EC key can never verify; stacks report a bad signature or an untrusted chain (Mbed TLS: the mbedtls_pk_can_do check in x509_crt_check_signature fails, so the parent is not accepted). It points to a hand-edited algorithm field or the wrong CA certificate in the chain.",
        Fix = "Re-issue with the algorithm that matches the CA key (ecdsa-with-SHA256 for P-256, sha256WithRSAEncryption for RSA), or supply the CA certificate whose key made the signature.",
        Example = "Signature Algorithm: sha256WithRSAEncryption; issuer key: id-ecPublicKey (P-256)",
        NeedsIssuer = true,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var algorithm = context.Certificate.SignatureAlgorithm;
        if (context.Issuer is not { } issuer || SignatureAlgorithms.FamilyOf(algorithm.Oid) == SignatureAlgorithms.Family.Unknown)
        {
            return;
        }
        var keyType = issuer.PublicKey.Details.Type;
        if (keyType != X509.KeyType.Unknown && !SignatureAlgorithms.KeyFits(algorithm.Oid, keyType))
        {
            findings.Add(Finding.At(Descriptor, $"signature algorithm {algorithm.Name} cannot be made with the issuer's {KeyName(keyType)} key ({issuer.PublicKey.Algorithm.Name})", algorithm.Location));
        }
    }

    private static string KeyName(X509.KeyType type) => type switch
    {
        X509.KeyType.Rsa => "RSA",
        X509.KeyType.RsaPss => "RSASSA-PSS",
        X509.KeyType.Ec => "EC",
        X509.KeyType.Dsa => "DSA",
        _ => type.ToString(),
    };
}
