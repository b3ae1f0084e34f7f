namespace CertLint.Rules.Rfc5280;

public sealed class SignatureSha1 : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.signature.sha1",
        Title = "Signature uses SHA-1",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 9155",
        Citation = "RFC 9155 2; NIST SP 800-131A Rev. 2 9",
        Description = "Flags sha1WithRSAEncryption, ecdsa-with-SHA1, dsa-with-SHA1 and RSASSA-PSS with SHA-1.",
        Rationale = "SHA-1 chosen-prefix collisions are practical (SHAmbles, 2020). Mbed TLS's default verify profile accepts only SHA-224 and up (2.x) or SHA-256 and up (3.6), so a SHA-1 signed certificate fails verification there with BAD_MD.",
        Fix = "Re-issue signed with SHA-256 or stronger (openssl ca -md sha256). A self-signed root's own SHA-1 signature is not checked by most stacks, but replace it anyway.",
        Example = "Signature Algorithm: sha1WithRSAEncryption",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var algorithm = context.Certificate.SignatureAlgorithm;
        var hash = SignatureAlgorithms.HashOf(algorithm.Oid);
        if (hash is null && algorithm.Oid == Asn1.Oids.RsaPss && algorithm.Parameters is { } p
            && RsaPssParameters.TryParse(p, out _) is { } pss)
        {
            hash = RsaPssParameters.HashName(pss.HashOid);
        }
        if (hash == "SHA-1")
        {
            findings.Add(Finding.At(Descriptor, $"signed with {algorithm.Name} (SHA-1)", algorithm.Location));
        }
    }
}
