using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyRsaModulusInvalid : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.key.rsa-modulus-invalid",
        Title = "RSA modulus must be odd and positive",
        DefaultSeverity = Severity.Error,
        Source = "RFC 8017",
        Citation = "RFC 8017 3.1; RFC 3279 2.3.1",
        Description = "Checks that the RSA modulus is a positive odd number (a product of two large odd primes).",
        Rationale = "An even modulus has the factor 2, so it is trivially factored and anyone can compute the private key; a negative or zero modulus is not a key. BouncyCastle rejects it (\"RSA modulus is even\") and Mbed TLS's mbedtls_rsa_check_pubkey fails, so the certificate is unusable. It indicates a corrupted or forged key.",
        Fix = "Generate a new key pair and re-issue; do not reuse anything from the damaged key.",
        Example = "Modulus: 00:c3:...:9e (even)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var key = context.Certificate.PublicKey;
        if (key.Details is { Type: KeyType.Rsa or KeyType.RsaPss, RsaModulus: { } n } && (n.Sign <= 0 || n.IsEven))
        {
            findings.Add(Finding.At(Descriptor, $"RSA modulus ({n.GetBitLength()} bits) is {(n.Sign <= 0 ? "not positive" : "even")}", key.Location));
        }
    }
}
