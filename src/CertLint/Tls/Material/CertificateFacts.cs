using CertLint.Tls.Stacks;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.X509;

namespace CertLint.Tls.Material;

public enum PublicKeyKind
{
    Rsa,
    Ec,
    Ed25519,
    Ed448,
    Dsa,
    Other,
}

/// <summary>The facts of a certificate the TLS rules look at, read once from BouncyCastle's model.</summary>
public sealed class CertificateFacts
{
    // keyUsage bit numbers (RFC 5280 4.2.1.3).
    public const int DigitalSignature = 0, KeyEncipherment = 2, KeyAgreement = 4, KeyCertSign = 5, EncipherOnly = 7, DecipherOnly = 8;

    public const string ServerAuth = "1.3.6.1.5.5.7.3.1", ClientAuth = "1.3.6.1.5.5.7.3.2", AnyExtendedKeyUsage = "2.5.29.37.0";

    private static readonly string[] KeyUsageNames =
        ["digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"];

    public required X509Certificate Certificate { get; init; }
    public required PublicKeyKind KeyKind { get; init; }
    public string? CurveOid { get; init; }
    public NamedGroup? Curve { get; init; }
    public int RsaBits { get; init; }
    /// <summary>keyUsage bits, or null when the extension is absent (no restriction).</summary>
    public bool[]? KeyUsage { get; init; }
    /// <summary>extKeyUsage OIDs, or null when the extension is absent (no restriction).</summary>
    public IReadOnlyList<string>? ExtendedKeyUsage { get; init; }
    /// <summary>Signature algorithm of this certificate: "rsa", "rsa_pss", "ecdsa", "dsa", "ed25519", "ed448", or the OID.</summary>
    public required string SignatureKind { get; init; }
    /// <summary>Hash of this certificate's signature ("sha256"), empty for EdDSA.</summary>
    public required string SignatureHash { get; init; }

    public string Subject => Certificate.SubjectDN.ToString();

    public string KeyDescription => KeyKind switch
    {
        PublicKeyKind.Rsa => $"RSA-{RsaBits}",
        PublicKeyKind.Ec => $"EC {Curve?.Name ?? CurveOid ?? "(explicit parameters)"}",
        _ => KeyKind.ToString(),
    };

    public string SignatureDescription => SignatureHash.Length == 0 ? SignatureKind : $"{SignatureKind} with {SignatureHash}";

    public bool HasKeyUsage(int bit) => KeyUsage is null || (bit < KeyUsage.Length && KeyUsage[bit]);

    public static string KeyUsageName(int bit) => KeyUsageNames[bit];

    public string KeyUsageList => KeyUsage is null ? "(none)" :
        string.Join(", ", Enumerable.Range(0, KeyUsage.Length).Where(i => KeyUsage[i] && i < KeyUsageNames.Length).Select(i => KeyUsageNames[i]));

    public static CertificateFacts Of(X509Certificate certificate)
    {
        var spki = certificate.SubjectPublicKeyInfo;
        var algorithm = spki.Algorithm.Algorithm.Id;
        var kind = algorithm switch
        {
            "1.2.840.113549.1.1.1" or "1.2.840.113549.1.1.10" => PublicKeyKind.Rsa,
            "1.2.840.10045.2.1" => PublicKeyKind.Ec,
            "1.3.101.112" => PublicKeyKind.Ed25519,
            "1.3.101.113" => PublicKeyKind.Ed448,
            "1.2.840.10040.4.1" => PublicKeyKind.Dsa,
            _ => PublicKeyKind.Other,
        };
        string? curveOid = kind == PublicKeyKind.Ec && spki.Algorithm.Parameters is DerObjectIdentifier oid ? oid.Id : null;
        var rsaBits = kind == PublicKeyKind.Rsa && certificate.GetPublicKey() is RsaKeyParameters rsa ? rsa.Modulus.BitLength : 0;
        var (sigKind, sigHash) = SignatureOf(certificate);
        return new CertificateFacts
        {
            Certificate = certificate,
            KeyKind = kind,
            CurveOid = curveOid,
            Curve = curveOid is null ? null : NamedGroups.ByCurveOid(curveOid),
            RsaBits = rsaBits,
            KeyUsage = certificate.GetKeyUsage(),
            ExtendedKeyUsage = certificate.GetExtendedKeyUsage()?.Select(o => o.Id).ToList(),
            SignatureKind = sigKind,
            SignatureHash = sigHash,
        };
    }

    // BouncyCastle names signature algorithms "SHA256WITHECDSA", "SHA1WITHRSA", "SHA256WITHRSAANDMGF1", "Ed25519".
    private static (string Kind, string Hash) SignatureOf(X509Certificate certificate)
    {
        if (certificate.SigAlgOid == "1.2.840.113549.1.1.10")
            return ("rsa_pss", PssHash(certificate));
        var name = certificate.SigAlgName.ToUpperInvariant();
        var at = name.IndexOf("WITH", StringComparison.Ordinal);
        if (at < 0)
            return (name is "ED25519" or "ED448" ? name.ToLowerInvariant() : certificate.SigAlgOid, "");
        var hash = name[..at].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        var sig = name[(at + 4)..] switch
        {
            "RSA" or "RSAENCRYPTION" => "rsa",
            "ECDSA" => "ecdsa",
            "DSA" => "dsa",
            "RSAANDMGF1" => "rsa_pss",
            var other => other.ToLowerInvariant(),
        };
        return (sig, hash);
    }

    private static string PssHash(X509Certificate certificate)
    {
        var parameters = Org.BouncyCastle.Asn1.Pkcs.RsassaPssParameters.GetInstance(certificate.SignatureAlgorithm.Parameters);
        return parameters.HashAlgorithm.Algorithm.Id switch
        {
            "1.3.14.3.2.26" => "sha1",
            "2.16.840.1.101.3.4.2.4" => "sha224",
            "2.16.840.1.101.3.4.2.1" => "sha256",
            "2.16.840.1.101.3.4.2.2" => "sha384",
            "2.16.840.1.101.3.4.2.3" => "sha512",
            var other => other,
        };
    }
}
