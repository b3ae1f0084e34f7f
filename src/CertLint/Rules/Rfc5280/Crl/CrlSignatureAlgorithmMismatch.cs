namespace CertLint.Rules.Rfc5280;

public sealed class CrlSignatureAlgorithmMismatch : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.signature.algorithm-mismatch",
        Title = "CRL TBS signature algorithm must equal signatureAlgorithm",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.1.1.2, 5.1.2.2",
        Description = "Compares the encoded AlgorithmIdentifier in tbsCertList.signature with the outer signatureAlgorithm, byte for byte.",
        Rationale = "The signature field \"MUST contain the same algorithm identifier as the signatureAlgorithm field in the sequence CertificateList\". The outer identifier is not signed, so a mismatch means the CRL was altered or built wrongly; OpenSSL and Go reject such a CRL, so revocation checking with it fails.",
        Fix = "Re-issue the CRL with one algorithm identifier written identically in both places.",
        Example = "tbsCertList.signature: sha256WithRSAEncryption, signatureAlgorithm: sha1WithRSAEncryption",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        var crl = context.Crl;
        if (!crl.TbsSignatureAlgorithm.EncodingEquals(crl.SignatureAlgorithm))
        {
            yield return Finding.At(Descriptor,
                $"tbsCertList.signature is {crl.TbsSignatureAlgorithm.Name} but signatureAlgorithm is {crl.SignatureAlgorithm.Name}{(crl.TbsSignatureAlgorithm.Oid == crl.SignatureAlgorithm.Oid ? " (parameters differ)" : "")}",
                crl.TbsSignatureAlgorithm.Location);
        }
    }
}
