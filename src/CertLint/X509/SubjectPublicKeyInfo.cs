using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>SubjectPublicKeyInfo as encoded, with key details (via BouncyCastle) computed on first use.</summary>
public sealed class SubjectPublicKeyInfo
{
    private PublicKeyDetails? _details;

    public SubjectPublicKeyInfo(AlgorithmIdentifier algorithm, BitStringValue keyBits, ReadOnlyMemory<byte> encoded, FieldLocation location)
    {
        Algorithm = algorithm;
        KeyBits = keyBits;
        Encoded = encoded;
        Location = location;
    }

    public AlgorithmIdentifier Algorithm { get; }
    public BitStringValue KeyBits { get; }
    /// <summary>The whole SubjectPublicKeyInfo TLV: what key identifiers and key comparisons hash.</summary>
    public ReadOnlyMemory<byte> Encoded { get; }
    public FieldLocation Location { get; }
    /// <summary>Made on first use; two threads may both make it, and either copy is the same (no Lazy per certificate).</summary>
    public PublicKeyDetails Details => _details ??= PublicKeyDetails.From(this);
}

public enum KeyType
{
    Unknown,
    Rsa,
    RsaPss,
    Ec,
    Ed25519,
    Ed448,
    X25519,
    X448,
    Dsa,
}

public enum EcPointFormat
{
    None,
    Uncompressed,
    Compressed,
    Hybrid,
    Invalid,
}
