using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyRsaModulusBelow2048 : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.key.rsa-modulus-below-2048",
        Title = "RSA key shorter than 2048 bits",
        DefaultSeverity = Severity.Warning,
        Source = "NIST SP 800-131A",
        Citation = "SP 800-131A Rev. 2 table 2; RFC 3279 2.3.1",
        Description = "Flags RSA public keys of at least 1024 but fewer than 2048 bits (parameter min_bits, default 2048). Keys below 1024 bits are rfc5280.key.rsa-modulus-below-1024.",
        Rationale = "RSA below 2048 bits is disallowed for signatures by NIST since 2014. Every Mbed TLS verify profile (default, next, suiteb) requires RSA >= 2048, so a chain containing such a key fails with BAD_KEY; OpenSSL 3 at security level 2 (many distributions' default) refuses it as well.",
        Fix = "Generate a new key of 2048 bits or more (openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072) or an EC P-256 key, and re-issue.",
        Example = "Public-Key: (1024 bit)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var key = context.Certificate.PublicKey;
        if (key.Details is { Type: KeyType.Rsa or KeyType.RsaPss, RsaModulus: { } modulus })
        {
            var bits = (int)modulus.GetBitLength();
            var minimum = context.IntParameter("min_bits", 2048);
            if (bits >= 1024 && bits < minimum)
            {
                findings.Add(Finding.At(Descriptor, $"RSA modulus is {bits} bits (at least {minimum} expected)", key.Location));
            }
        }
    }
}
