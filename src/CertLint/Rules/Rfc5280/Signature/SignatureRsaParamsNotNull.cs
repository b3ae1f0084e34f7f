namespace CertLint.Rules.Rfc5280;

public sealed class SignatureRsaParamsNotNull : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.signature.rsa-params-not-null",
        Title = "RSA PKCS#1 v1.5 signature algorithms carry NULL parameters",
        DefaultSeverity = Severity.Error,
        Source = "RFC 4055",
        Citation = "RFC 3279 2.2.1; RFC 4055 5",
        Description = "For md5/sha1/sha224/sha256/sha384/sha512WithRSAEncryption in signatureAlgorithm, checks that the parameters are present and are the ASN.1 NULL. (A differing TBS copy is reported by rfc5280.signature.algorithm-mismatch.)",
        Rationale = "The RFCs require the parameters to be NULL. Verifiers that compare the AlgorithmIdentifier as bytes (against an allow-list, or against a CRL's or OCSP response's algorithm) treat absent and NULL as different algorithms and refuse the certificate.",
        Fix = "Re-issue with a signer that writes 30 0D 06 09 2A 86 48 86 F7 0D 01 01 0B 05 00 (sha256WithRSAEncryption, NULL); OpenSSL does this by default.",
        Example = "Signature Algorithm: sha256WithRSAEncryption (parameters absent)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var algorithm = context.Certificate.SignatureAlgorithm;
        if (SignatureAlgorithms.FamilyOf(algorithm.Oid) == SignatureAlgorithms.Family.RsaPkcs1 && !algorithm.ParametersAreNull)
        {
            var found = algorithm.Parameters is { } p ? "parameters " + Convert.ToHexString(p.Span) : "parameters absent";
            findings.Add(Finding.At(Descriptor, $"{algorithm.Name}: {found}, expected NULL (0500)", algorithm.Location));
        }
    }
}
