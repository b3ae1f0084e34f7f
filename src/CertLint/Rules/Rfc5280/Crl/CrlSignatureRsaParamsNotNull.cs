namespace CertLint.Rules.Rfc5280;

public sealed class CrlSignatureRsaParamsNotNull : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.signature.rsa-params-not-null",
        Title = "CRL RSA PKCS#1 v1.5 signature algorithm without NULL parameters",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.1.1.2; RFC 4055 5; RFC 3279 2.2.1",
        Description = "Checks that a CRL's RSA PKCS#1 v1.5 signatureAlgorithm (sha256WithRSAEncryption, ...) carries NULL parameters (05 00).",
        Rationale = "RFC 4055 and RFC 3279 require the parameters of the PKCS#1 v1.5 signature algorithms to be NULL. Strict verifiers (Go crypto/x509, BoringSSL) reject the absent form, so the CRL's signature cannot be checked and its revocations are ignored.",
        Fix = "Sign the CRL with a CA library that writes the standard AlgorithmIdentifier (30 0d 06 09 ... 05 00).",
        Example = "signatureAlgorithm: sha256WithRSAEncryption (parameters absent)",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        var algorithm = context.Crl.SignatureAlgorithm;
        if (SignatureAlgorithms.FamilyOf(algorithm.Oid) == SignatureAlgorithms.Family.RsaPkcs1 && !algorithm.ParametersAreNull)
        {
            var found = algorithm.Parameters is { } p ? "parameters " + Convert.ToHexString(p.Span) : "parameters absent";
            yield return Finding.At(Descriptor, $"CRL {algorithm.Name}: {found}, expected NULL (0500)", algorithm.Location);
        }
    }
}
