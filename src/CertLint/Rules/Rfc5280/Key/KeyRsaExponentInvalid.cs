using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyRsaExponentInvalid : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.key.rsa-exponent-invalid",
        Title = "RSA public exponent must be odd and at least 3",
        DefaultSeverity = Severity.Error,
        Source = "RFC 8017",
        Citation = "RFC 8017 3.1; RFC 3279 2.3.1",
        Description = "Checks that the RSA publicExponent is odd, at least 3 and smaller than the modulus.",
        Rationale = "An even exponent shares the factor 2 with (p-1)(q-1), so no private key exists and no signature can ever verify; an exponent of 1 makes 'encryption' the identity. BouncyCastle refuses such keys (\"RSA publicExponent is even\"), Mbed TLS's mbedtls_rsa_check_pubkey fails them, so the certificate is unusable.",
        Fix = "Generate a new key with the standard exponent 65537 (openssl genpkey's default) and re-issue.",
        Example = "Exponent: 65538 (0x10002)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var key = context.Certificate.PublicKey;
        if (key.Details is not { Type: KeyType.Rsa or KeyType.RsaPss, RsaExponent: { } e } details)
        {
            return;
        }
        string? problem = e.IsEven ? "even" : e < 3 ? "below 3" : details.RsaModulus is { } n && e >= n ? "not smaller than the modulus" : null;
        if (problem is not null)
        {
            findings.Add(Finding.At(Descriptor, $"RSA public exponent {Asn1.AsnValues.Decimal(e)} is {problem}", key.Location));
        }
    }
}
