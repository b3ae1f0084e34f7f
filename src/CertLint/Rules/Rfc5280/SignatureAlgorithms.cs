using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

/// <summary>Families of signature algorithm OIDs (RFC 3279, 4055, 5758, 8410, NIST CSOR) and the key type each needs.</summary>
public static class SignatureAlgorithms
{
    public enum Family { Unknown, RsaPkcs1, RsaPss, Ecdsa, Dsa, EdDsa }

    private static readonly Dictionary<string, (Family Family, string Hash)> Known = new(StringComparer.Ordinal)
    {
        [Oids.Md2WithRsa] = (Family.RsaPkcs1, "MD2"),
        ["1.2.840.113549.1.1.3"] = (Family.RsaPkcs1, "MD4"),
        [Oids.Md5WithRsa] = (Family.RsaPkcs1, "MD5"),
        [Oids.Sha1WithRsa] = (Family.RsaPkcs1, "SHA-1"),
        [Oids.Sha224WithRsa] = (Family.RsaPkcs1, "SHA-224"),
        [Oids.Sha256WithRsa] = (Family.RsaPkcs1, "SHA-256"),
        [Oids.Sha384WithRsa] = (Family.RsaPkcs1, "SHA-384"),
        [Oids.Sha512WithRsa] = (Family.RsaPkcs1, "SHA-512"),
        ["1.2.840.113549.1.1.15"] = (Family.RsaPkcs1, "SHA-512/224"),
        ["1.2.840.113549.1.1.16"] = (Family.RsaPkcs1, "SHA-512/256"),
        ["2.16.840.1.101.3.4.3.13"] = (Family.RsaPkcs1, "SHA3-224"),
        ["2.16.840.1.101.3.4.3.14"] = (Family.RsaPkcs1, "SHA3-256"),
        ["2.16.840.1.101.3.4.3.15"] = (Family.RsaPkcs1, "SHA3-384"),
        ["2.16.840.1.101.3.4.3.16"] = (Family.RsaPkcs1, "SHA3-512"),
        [Oids.RsaPss] = (Family.RsaPss, "(in parameters)"),
        [Oids.EcdsaWithSha1] = (Family.Ecdsa, "SHA-1"),
        [Oids.EcdsaWithSha224] = (Family.Ecdsa, "SHA-224"),
        [Oids.EcdsaWithSha256] = (Family.Ecdsa, "SHA-256"),
        [Oids.EcdsaWithSha384] = (Family.Ecdsa, "SHA-384"),
        [Oids.EcdsaWithSha512] = (Family.Ecdsa, "SHA-512"),
        ["2.16.840.1.101.3.4.3.9"] = (Family.Ecdsa, "SHA3-224"),
        ["2.16.840.1.101.3.4.3.10"] = (Family.Ecdsa, "SHA3-256"),
        ["2.16.840.1.101.3.4.3.11"] = (Family.Ecdsa, "SHA3-384"),
        ["2.16.840.1.101.3.4.3.12"] = (Family.Ecdsa, "SHA3-512"),
        [Oids.DsaWithSha1] = (Family.Dsa, "SHA-1"),
        ["2.16.840.1.101.3.4.3.1"] = (Family.Dsa, "SHA-224"),
        ["2.16.840.1.101.3.4.3.2"] = (Family.Dsa, "SHA-256"),
        [Oids.Ed25519] = (Family.EdDsa, "SHA-512 (Ed25519)"),
        [Oids.Ed448] = (Family.EdDsa, "SHAKE256 (Ed448)"),
    };

    public static Family FamilyOf(string oid) => Known.TryGetValue(oid, out var entry) ? entry.Family : Family.Unknown;

    /// <summary>The hash's name ("SHA-256"), or null for an unknown algorithm.</summary>
    public static string? HashOf(string oid) => Known.TryGetValue(oid, out var entry) ? entry.Hash : null;

    /// <summary>Whether a key of this type can make a signature of this family.</summary>
    public static bool KeyFits(Family family, KeyType key) => family switch
    {
        Family.RsaPkcs1 => key is KeyType.Rsa,
        Family.RsaPss => key is KeyType.Rsa or KeyType.RsaPss,
        Family.Ecdsa => key is KeyType.Ec,
        Family.Dsa => key is KeyType.Dsa,
        Family.EdDsa => key is KeyType.Ed25519 or KeyType.Ed448,
        _ => true,
    };

    /// <summary>The EdDSA OID also names the key, so the exact curve must match.</summary>
    public static bool KeyFits(string signatureOid, KeyType key) => signatureOid switch
    {
        Oids.Ed25519 => key == KeyType.Ed25519,
        Oids.Ed448 => key == KeyType.Ed448,
        _ => KeyFits(FamilyOf(signatureOid), key),
    };
}
