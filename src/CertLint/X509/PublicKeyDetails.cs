using System.Numerics;
using CertLint.Asn1;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Utilities;

namespace CertLint.X509;

/// <summary>
/// What the key is: type, size, RSA modulus and exponent, EC curve and point format, and whether BouncyCastle could
/// load it (a point off the curve, an unknown curve or a malformed key is an <see cref="Error"/>, not an exception).
/// </summary>
public sealed record PublicKeyDetails(
    KeyType Type,
    int SizeBits,
    BigInteger? RsaModulus,
    BigInteger? RsaExponent,
    string? CurveOid,
    string? CurveName,
    EcPointFormat PointFormat,
    string? Error)
{
    /// <summary>The SubjectPublicKeyInfo to make the key from; empty when there is no key to make (an unreadable structure).</summary>
    private ReadOnlyMemory<byte> _spki;
    private WeakReference<AsymmetricKeyParameter>? _made;
    private volatile bool _refused;

    /// <summary>
    /// BouncyCastle's key object. For RSA it is made on first use, and is null when BouncyCastle refuses the key
    /// (even modulus or exponent, small factor, prime modulus): its constructor runs a Miller-Rabin test (about
    /// 120 ms for 2048 bits), which decoding must not pay for every certificate. Size, modulus and exponent come
    /// from the structure alone, and <see cref="Error"/> says only that the structure is unreadable.
    /// Held weakly: an issuer's key is used for every certificate it signed, but a bundle's 100,000 leaf keys
    /// would otherwise stay in memory to the end of the run; one the collector took is made again.
    /// </summary>
    public AsymmetricKeyParameter? Key
    {
        get
        {
            if (_refused || _spki.IsEmpty)
            {
                return null;
            }
            if (_made is { } made && made.TryGetTarget(out var key))
            {
                return key;
            }
            if (CreateOrNull(_spki.ToArray()) is not { } created)
            {
                _refused = true;
                return null;
            }
            _made = new WeakReference<AsymmetricKeyParameter>(created);
            return created;
        }
    }

    private PublicKeyDetails WithKey(ReadOnlyMemory<byte> spki, AsymmetricKeyParameter? made) =>
        this with { _spki = spki, _made = made is null ? null : new WeakReference<AsymmetricKeyParameter>(made) };

    public static PublicKeyDetails From(SubjectPublicKeyInfo spki)
    {
        var type = spki.Algorithm.Oid switch
        {
            Oids.RsaEncryption => KeyType.Rsa,
            Oids.RsaPss => KeyType.RsaPss,
            Oids.EcPublicKey => KeyType.Ec,
            Oids.Ed25519 => KeyType.Ed25519,
            Oids.Ed448 => KeyType.Ed448,
            Oids.X25519 => KeyType.X25519,
            Oids.X448 => KeyType.X448,
            Oids.Dsa => KeyType.Dsa,
            _ => KeyType.Unknown,
        };
        var curveOid = type == KeyType.Ec ? spki.Algorithm.ParameterOid() : null;
        var curveName = curveOid is null ? null : NameOfCurve(curveOid);
        var pointFormat = type == KeyType.Ec ? PointFormatOf(spki.KeyBits.Bytes.Span) : EcPointFormat.None;
        if (type == KeyType.Unknown)
        {
            return new PublicKeyDetails(type, 0, null, null, null, null, EcPointFormat.None, $"unknown public key algorithm {spki.Algorithm.Oid}");
        }
        if (curveOid is not null && NistCurvePoint.ValidUncompressed(curveOid, spki.Encoded.Span) is { } fieldBits)
        {
            // A valid point on P-256, P-384 or P-521, checked without BouncyCastle, whose key object is then made only
            // when a signature is verified with it (BouncyCastle would accept this key: same details, no error).
            return new PublicKeyDetails(type, fieldBits, null, null, curveOid, curveName, pointFormat, null).WithKey(spki.Encoded, null);
        }
        return FromBouncyCastle(type, spki, curveOid, curveName, pointFormat);
    }

    /// <summary>The details as BouncyCastle reads the key (every key but a valid uncompressed P-256/384/521 point); for tests, to compare with the fast path.</summary>
    internal static PublicKeyDetails FromBouncyCastle(SubjectPublicKeyInfo spki)
    {
        var details = From(spki);
        return details.Type == KeyType.Ec ? FromBouncyCastle(details.Type, spki, details.CurveOid, details.CurveName, details.PointFormat) : details;
    }

    private static PublicKeyDetails FromBouncyCastle(KeyType type, SubjectPublicKeyInfo spki, string? curveOid, string? curveName, EcPointFormat pointFormat)
    {
        try
        {
            if (type is KeyType.Rsa or KeyType.RsaPss)
            {
                return Rsa(type, spki);
            }
            var key = PublicKeyFactory.CreateKey(spki.Encoded.ToArray());
            var details = key switch
            {
                ECPublicKeyParameters ec => new PublicKeyDetails(type, ec.Parameters.Curve.FieldSize, null, null, curveOid, curveName, pointFormat, null),
                Ed25519PublicKeyParameters => new PublicKeyDetails(type, 256, null, null, null, null, EcPointFormat.None, null),
                Ed448PublicKeyParameters => new PublicKeyDetails(type, 456, null, null, null, null, EcPointFormat.None, null),
                X25519PublicKeyParameters => new PublicKeyDetails(type, 256, null, null, null, null, EcPointFormat.None, null),
                X448PublicKeyParameters => new PublicKeyDetails(type, 448, null, null, null, null, EcPointFormat.None, null),
                DsaPublicKeyParameters dsa => new PublicKeyDetails(type, dsa.Parameters?.P.BitLength ?? 0, null, null, null, null, EcPointFormat.None, null),
                _ => new PublicKeyDetails(type, 0, null, null, curveOid, curveName, pointFormat, null),
            };
            return details.WithKey(spki.Encoded, key);
        }
        catch (Exception ex) when (IsKeyRefusal(ex))
        {
            return new PublicKeyDetails(type, 0, null, null, curveOid, curveName, pointFormat, ex.Message.TrimEnd('.'));
        }
    }

    /// <summary>RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }, read without judging the values.</summary>
    private static (BigInteger?, BigInteger?) ReadRsaNumbers(ReadOnlyMemory<byte> keyBits)
    {
        try
        {
            var reader = new System.Formats.Asn1.AsnReader(keyBits, System.Formats.Asn1.AsnEncodingRules.BER).ReadSequence();
            return (reader.ReadInteger(), reader.ReadInteger());
        }
        catch (System.Formats.Asn1.AsnContentException)
        {
            return (null, null);
        }
    }

    /// <summary>
    /// RSA numbers straight from the structure, judged by nobody (rules report even or tiny values); BouncyCastle's
    /// key object, which refuses some of them, is made only when someone needs it.
    /// </summary>
    private static PublicKeyDetails Rsa(KeyType type, SubjectPublicKeyInfo spki)
    {
        var (modulus, exponent) = ReadRsaNumbers(spki.KeyBits.Bytes);
        if (modulus is not { } n)
        {
            return new PublicKeyDetails(type, 0, null, null, null, null, EcPointFormat.None, "RSAPublicKey is not SEQUENCE { modulus INTEGER, publicExponent INTEGER }");
        }
        return new PublicKeyDetails(type, (int)n.GetBitLength(), n, exponent, null, null, EcPointFormat.None, null).WithKey(spki.Encoded, null);
    }

    private static AsymmetricKeyParameter? CreateOrNull(byte[] spki)
    {
        try
        {
            // BouncyCastle's RSA key check runs Miller-Rabin rounds on the modulus ("not composite"): milliseconds per
            // key, which would cap chain checks at a few hundred certificates per second. Key quality is the rules' job.
            return Properties.WithThreadProperty(RsaAllowUnsafeModulus, "true", spki, static encoded => PublicKeyFactory.CreateKey(encoded));
        }
        catch (Exception ex) when (IsKeyRefusal(ex))
        {
            return null;
        }
    }

    private const string RsaAllowUnsafeModulus = "Org.BouncyCastle.Rsa.AllowUnsafeModulus";

    private static bool IsKeyRefusal(Exception ex) =>
        ex is ArgumentException or InvalidOperationException or IOException or SecurityUtilityException or FormatException or InvalidCastException or IndexOutOfRangeException or Org.BouncyCastle.Asn1.Asn1Exception;

    private static EcPointFormat PointFormatOf(ReadOnlySpan<byte> point) => point.Length == 0 ? EcPointFormat.Invalid : point[0] switch
    {
        0x04 => EcPointFormat.Uncompressed,
        0x02 or 0x03 => EcPointFormat.Compressed,
        0x06 or 0x07 => EcPointFormat.Hybrid,
        _ => EcPointFormat.Invalid,
    };

    public static string NameOfCurve(string oid)
    {
        var known = Oids.Name(oid);
        if (known != oid)
        {
            return known;
        }
        try
        {
            return ECNamedCurveTable.GetName(new DerObjectIdentifier(oid)) ?? oid;
        }
        catch (ArgumentException)
        {
            return oid;
        }
    }
}
