using CertLint.Asn1;
using CertLint.Tls.Stacks;
using CertLint.X509;
using Org.BouncyCastle.Asn1.Pkcs;
using Certificate = CertLint.X509.Certificate;

namespace CertLint.Tls.Material;

/// <summary>
/// A certificate as the TLS rules see it: read from CertLint's certificate model (key, keyUsage, extKeyUsage,
/// signature algorithm), with BouncyCastle's view of the same bytes for signature checks and the handshake.
/// </summary>
public sealed class CertificateFacts
{
    public const string ServerAuth = "1.3.6.1.5.5.7.3.1", ClientAuth = "1.3.6.1.5.5.7.3.2", AnyExtendedKeyUsage = "2.5.29.37.0";

    private CertificateFacts(Certificate model, Org.BouncyCastle.X509.X509Certificate bc)
    {
        Model = model;
        Bc = bc;
        Key = PublicKeyDetails.From(model.PublicKey);
        Curve = Key.CurveOid is null ? null : NamedGroups.ByCurveOid(Key.CurveOid);
        (SignatureKind, SignatureHash) = SignatureOf(model.SignatureAlgorithm);
    }

    public Certificate Model { get; }
    public Org.BouncyCastle.X509.X509Certificate Bc { get; }
    public PublicKeyDetails Key { get; }
    public KeyType KeyKind => Key.Type;
    public NamedGroup? Curve { get; }
    /// <summary>"rsa", "rsa_pss", "ecdsa", "dsa", "ed25519", "ed448", or the OID when unknown.</summary>
    public string SignatureKind { get; }
    /// <summary>"sha256" etc.; empty for EdDSA.</summary>
    public string SignatureHash { get; }

    /// <summary>keyUsage flags, or null when the extension is absent (no restriction).</summary>
    public KeyUsageFlags? KeyUsage => Model.KeyUsage?.Flags;
    /// <summary>extKeyUsage OIDs, or null when the extension is absent (no restriction).</summary>
    public IReadOnlyList<string>? ExtendedKeyUsage => Model.ExtendedKeyUsage?.Purposes;

    public string Subject => Model.Subject.ToString();

    public string KeyDescription => KeyKind switch
    {
        KeyType.Rsa or KeyType.RsaPss => $"RSA-{Key.SizeBits}",
        KeyType.Ec => $"EC {Curve?.Name ?? Key.CurveName ?? Key.CurveOid ?? "(explicit parameters)"}",
        _ => KeyKind.ToString(),
    };

    public string SignatureDescription => SignatureHash.Length == 0 ? SignatureKind : $"{SignatureKind} with {SignatureHash}";

    public bool HasKeyUsage(KeyUsageFlags flag) => KeyUsage is not { } flags || (flags & flag) == flag;

    public string KeyUsageList => KeyUsage is { } flags ? X509.KeyUsage.Describe(flags) : "(none)";

    public static CertificateFacts Of(Certificate model) =>
        new(model, new Org.BouncyCastle.X509.X509Certificate(model.Encoded.ToArray()));

    private static (string, string) SignatureOf(AlgorithmIdentifier algorithm)
    {
        if (CertificateSignatures.Lookup(algorithm.Oid) is not { } known)
        {
            return (algorithm.Oid, "");
        }

        if (known.Kind != "rsa_pss" || algorithm.Parameters is not { } parameters)
        {
            return known;
        }

        var hashOid = RsassaPssParameters.GetInstance(parameters.ToArray()).HashAlgorithm.Algorithm.Id;
        var hash = hashOid switch
        {
            "1.3.14.3.2.26" => "sha1",
            "2.16.840.1.101.3.4.2.4" => "sha224",
            "2.16.840.1.101.3.4.2.1" => "sha256",
            "2.16.840.1.101.3.4.2.2" => "sha384",
            "2.16.840.1.101.3.4.2.3" => "sha512",
            _ => Oids.Name(hashOid),
        };
        return ("rsa_pss", hash);
    }
}
