namespace CertLint.Rules.Rfc5280;

public sealed class SignatureAlgorithmUnknown : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.signature.algorithm-unknown",
        Title = "Unknown signature algorithm",
        DefaultSeverity = Severity.Notice,
        Source = "RFC 5280",
        Citation = "4.1.1.2; RFC 3279, 4055, 5758, 8410",
        Description = "Flags a signatureAlgorithm OID that is not one of the RSA PKCS#1 v1.5, RSASSA-PSS, ECDSA, DSA or EdDSA algorithms of the PKIX algorithm RFCs.",
        Rationale = "A verifier that does not know the algorithm cannot check the signature: Mbed TLS fails the parse with -0x262E (MBEDTLS_ERR_X509_UNKNOWN_SIG_ALG) and skips such a certificate in a handshake chain. CertLint also cannot judge its parameters or hash strength.",
        Fix = "If the algorithm is deliberate (e.g. SM2, GOST, a post-quantum trial), make sure every relying party supports it; otherwise re-issue with ecdsa-with-SHA256 or sha256WithRSAEncryption.",
        Example = "Signature Algorithm: 1.3.6.1.4.1.55555.1.2",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var algorithm = context.Certificate.SignatureAlgorithm;
        if (SignatureAlgorithms.FamilyOf(algorithm.Oid) == SignatureAlgorithms.Family.Unknown)
        {
            findings.Add(Finding.At(Descriptor, $"signature algorithm {algorithm.Name} is not a known PKIX signature algorithm", algorithm.Location));
        }
    }
}
