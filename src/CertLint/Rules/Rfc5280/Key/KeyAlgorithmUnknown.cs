using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyAlgorithmUnknown : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.key.algorithm-unknown",
        Title = "Unknown public key algorithm",
        DefaultSeverity = Severity.Notice,
        Source = "RFC 5280",
        Citation = "4.1.2.7; RFC 3279, 4055, 5480, 8410",
        Description = "Flags a subjectPublicKeyInfo whose algorithm is not rsaEncryption, RSASSA-PSS, id-ecPublicKey, DSA, Ed25519, Ed448, X25519 or X448.",
        Rationale = "Relying parties that do not know the key type cannot use the certificate at all: Mbed TLS fails the parse with -0x3C80 (MBEDTLS_ERR_PK_UNKNOWN_PK_ALG), and CertLint cannot check the key's size or structure.",
        Fix = "If the algorithm is deliberate (e.g. a post-quantum trial), make sure every relying party supports it; otherwise issue for an RSA (>= 2048 bits) or EC P-256 key.",
        Example = "Public Key Algorithm: 1.3.6.1.4.1.55555.9.9",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var key = context.Certificate.PublicKey;
        if (key.Details.Type == KeyType.Unknown)
        {
            findings.Add(Finding.At(Descriptor, $"public key algorithm {key.Algorithm.Name} is not a known PKIX key type", key.Algorithm.Location));
        }
    }
}
