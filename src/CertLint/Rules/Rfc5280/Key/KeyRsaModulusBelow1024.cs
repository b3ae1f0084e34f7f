using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyRsaModulusBelow1024 : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.key.rsa-modulus-below-1024",
        Title = "RSA key shorter than 1024 bits",
        DefaultSeverity = Severity.Error,
        Source = "NIST SP 800-131A",
        Citation = "SP 800-131A Rev. 2 table 2; RFC 3279 2.3.1",
        Description = "Flags RSA public keys with a modulus of fewer than 1024 bits.",
        Rationale = "512-bit RSA can be factored in hours on rented hardware (FREAK, 2015) and 768 bits was factored publicly in 2009: anyone can forge signatures with such a key. Mbed TLS's verify profiles require 2048 bits and OpenSSL refuses keys below 1024 bits at every security level above 0.",
        Fix = "Generate a new key of 2048 bits or more, or an EC P-256 key, and re-issue; treat the old key as compromised.",
        Example = "Public-Key: (512 bit)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var key = context.Certificate.PublicKey;
        if (key.Details is { Type: KeyType.Rsa or KeyType.RsaPss, RsaModulus: { } modulus } && modulus.GetBitLength() < 1024)
        {
            findings.Add(Finding.At(Descriptor, $"RSA modulus is {modulus.GetBitLength()} bits (1024 is the absolute minimum, 2048 expected)", key.Location));
        }
    }
}
