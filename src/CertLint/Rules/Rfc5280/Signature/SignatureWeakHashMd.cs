namespace CertLint.Rules.Rfc5280;

public sealed class SignatureWeakHashMd : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.signature.weak-hash-md",
        Title = "Signature uses MD2, MD4 or MD5",
        DefaultSeverity = Severity.Error,
        Source = "RFC 6151",
        Citation = "RFC 6151 2; RFC 6150 1; RFC 3279 2.2.1",
        Description = "Flags md2WithRSAEncryption, md4WithRSAEncryption and md5WithRSAEncryption signatures.",
        Rationale = "MD5 collisions were used to forge a trusted CA certificate in 2008 (rogue CA) and by Flame in 2012; MD2 and MD4 are weaker still. Mbed TLS does not even recognise MD2/MD4 (-0x262E, the certificate does not load) and none of its verify profiles accepts MD5 (BAD_MD).",
        Fix = "Re-issue signed with SHA-256 or stronger (openssl ca -md sha256).",
        Example = "Signature Algorithm: md5WithRSAEncryption",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var algorithm = context.Certificate.SignatureAlgorithm;
        if (SignatureAlgorithms.HashOf(algorithm.Oid) is "MD2" or "MD4" or "MD5")
        {
            findings.Add(Finding.At(Descriptor, $"signed with {algorithm.Name} ({SignatureAlgorithms.HashOf(algorithm.Oid)} is broken)", algorithm.Location));
        }
    }
}
