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
    AsymmetricKeyParameter? Key,
    string? Error)
{
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
            return new PublicKeyDetails(type, 0, null, null, null, null, EcPointFormat.None, null, $"unknown public key algorithm {spki.Algorithm.Oid}");
        }
        try
        {
            // BouncyCastle's RSA key check runs Miller-Rabin rounds on the modulus ("not composite"): milliseconds per
            // key, which caps linting at a few hundred certificates per second. Key quality is the lint rules' job.
            var key = Properties.WithThreadProperty(RsaAllowUnsafeModulus, "true", spki.Encoded, static encoded => PublicKeyFactory.CreateKey(encoded.ToArray()));
            return key switch
            {
                RsaKeyParameters rsa => new PublicKeyDetails(type, rsa.Modulus.BitLength, ToBig(rsa.Modulus), ToBig(rsa.Exponent), null, null, EcPointFormat.None, key, null),
                ECPublicKeyParameters ec => new PublicKeyDetails(type, ec.Parameters.Curve.FieldSize, null, null, curveOid, curveName, pointFormat, key, null),
                Ed25519PublicKeyParameters => new PublicKeyDetails(type, 256, null, null, null, null, EcPointFormat.None, key, null),
                Ed448PublicKeyParameters => new PublicKeyDetails(type, 456, null, null, null, null, EcPointFormat.None, key, null),
                X25519PublicKeyParameters => new PublicKeyDetails(type, 256, null, null, null, null, EcPointFormat.None, key, null),
                X448PublicKeyParameters => new PublicKeyDetails(type, 448, null, null, null, null, EcPointFormat.None, key, null),
                DsaPublicKeyParameters dsa => new PublicKeyDetails(type, dsa.Parameters?.P.BitLength ?? 0, null, null, null, null, EcPointFormat.None, key, null),
                _ => new PublicKeyDetails(type, 0, null, null, curveOid, curveName, pointFormat, key, null),
            };
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IOException or SecurityUtilityException or FormatException or InvalidCastException or IndexOutOfRangeException or Org.BouncyCastle.Asn1.Asn1Exception)
        {
            // BouncyCastle refuses RSA keys with an even modulus or exponent; lint rules still need the numbers.
            var (modulus, exponent) = type is KeyType.Rsa or KeyType.RsaPss ? ReadRsaNumbers(spki.KeyBits.Bytes) : (null, null);
            var size = modulus is { } n ? (int)n.GetBitLength() : 0;
            return new PublicKeyDetails(type, size, modulus, exponent, curveOid, curveName, pointFormat, null, ex.Message.TrimEnd('.'));
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

    private const string RsaAllowUnsafeModulus = "Org.BouncyCastle.Rsa.AllowUnsafeModulus";

    private static BigInteger ToBig(Org.BouncyCastle.Math.BigInteger value) =>
        new(value.ToByteArrayUnsigned(), isUnsigned: true, isBigEndian: true);

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
