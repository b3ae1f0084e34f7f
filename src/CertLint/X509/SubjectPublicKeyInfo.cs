using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>SubjectPublicKeyInfo as encoded, with key details (via BouncyCastle) computed on first use.</summary>
public sealed class SubjectPublicKeyInfo
{
    private readonly Lazy<PublicKeyDetails> _details;

    public SubjectPublicKeyInfo(AlgorithmIdentifier algorithm, BitStringValue keyBits, ReadOnlyMemory<byte> encoded, FieldLocation location)
    {
        Algorithm = algorithm;
        KeyBits = keyBits;
        Encoded = encoded;
        Location = location;
        _details = new Lazy<PublicKeyDetails>(() => PublicKeyDetails.From(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public AlgorithmIdentifier Algorithm { get; }
    public BitStringValue KeyBits { get; }
    /// <summary>The whole SubjectPublicKeyInfo TLV: what key identifiers and key comparisons hash.</summary>
    public ReadOnlyMemory<byte> Encoded { get; }
    public FieldLocation Location { get; }
    public PublicKeyDetails Details => _details.Value;
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
