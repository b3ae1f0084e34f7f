namespace CertLint.Rules.Rfc5280;

public sealed class SignatureAlgorithmMismatch : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.signature.algorithm-mismatch",
        Title = "TBS signature algorithm must equal signatureAlgorithm",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.1.2, 4.1.2.3",
        Description = "Compares tbsCertificate.signature with the outer signatureAlgorithm byte for byte (OID and parameters).",
        Rationale = "The outer field is not covered by the signature; only the inner copy is. The two \"MUST contain the same algorithm identifier\" so an attacker cannot swap the outer one. Mbed TLS rejects a mismatch (-0x2680, MBEDTLS_ERR_X509_SIG_MISMATCH), and so do OpenSSL and Go; a difference only in NULL vs absent parameters is enough.",
        Fix = "Re-issue with a signer that writes the same AlgorithmIdentifier in both places (a hand-built TBS or a post-signing edit usually causes this).",
        Example = "tbsCertificate.signature: ecdsa-with-SHA256, signatureAlgorithm: ecdsa-with-SHA384",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var cert = context.Certificate;
        if (!cert.TbsSignatureAlgorithm.EncodingEquals(cert.SignatureAlgorithm))
        {
            findings.Add(Finding.At(Descriptor,
                $"tbsCertificate.signature is {Describe(cert.TbsSignatureAlgorithm)} but signatureAlgorithm is {Describe(cert.SignatureAlgorithm)}",
                cert.SignatureAlgorithm.Location));
        }
    }

    private static string Describe(X509.AlgorithmIdentifier algorithm) =>
        $"{algorithm.Name} ({Convert.ToHexString(algorithm.Encoded.Span)})";
}
