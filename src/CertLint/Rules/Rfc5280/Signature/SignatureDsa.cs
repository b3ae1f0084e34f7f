namespace CertLint.Rules.Rfc5280;

public sealed class SignatureDsa : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.signature.dsa",
        Title = "Signature uses DSA",
        DefaultSeverity = Severity.Notice,
        Source = "FIPS 186-5",
        Citation = "FIPS 186-5 (DSA withdrawn for signing); RFC 3279 2.2.2, RFC 5758 3.1",
        Description = "Flags dsa-with-SHA1, dsa-with-SHA224 and dsa-with-SHA256 signatures.",
        Rationale = "FIPS 186-5 (2023) no longer approves DSA for generating signatures, browsers and TLS 1.3 do not support DSA certificates, and Mbed TLS does not know the algorithm at all (-0x262E, MBEDTLS_ERR_X509_UNKNOWN_SIG_ALG), so such a certificate is unusable with it.",
        Fix = "Re-issue with an ECDSA (P-256) or RSA (>= 2048 bits) CA key.",
        Example = "Signature Algorithm: dsa_with_SHA256",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var algorithm = context.Certificate.SignatureAlgorithm;
        if (SignatureAlgorithms.FamilyOf(algorithm.Oid) == SignatureAlgorithms.Family.Dsa)
        {
            findings.Add(Finding.At(Descriptor, $"signed with {algorithm.Name} (DSA)", algorithm.Location));
        }
    }
}
