using System.Numerics;
using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>
/// The on-curve check of an uncompressed point on P-256, P-384 or P-521 (y^2 = x^3 - 3x + b mod p, both coordinates
/// below p: what BouncyCastle checks when it loads such a key, the curves having cofactor 1), in a few big-integer
/// operations. <see cref="PublicKeyDetails"/> uses it so that the common certificate key needs no BouncyCastle at
/// all until a signature is verified with it (issue 15: BouncyCastle's curve tables and OID registries cost a
/// one-certificate `lint` about a millisecond at start-up). Any point it does not accept goes the BouncyCastle way,
/// which then gives the verdict and its exact error text.
/// </summary>
internal static class NistCurvePoint
{
    /// <param name="SpkiPrefix">The DER SubjectPublicKeyInfo up to the point: SEQUENCE { AlgorithmIdentifier { id-ecPublicKey, the curve }, BIT STRING with no unused bits }.</param>
    private sealed record Curve(int FieldBits, byte[] SpkiPrefix, BigInteger P, BigInteger B)
    {
        public int FieldBytes => (FieldBits + 7) / 8;
    }

    private static Curve? Named(string oid) => oid switch
    {
        Oids.Secp256r1 => P256.Value,
        Oids.Secp384r1 => P384.Value,
        Oids.Secp521r1 => P521.Value,
        _ => null,
    };

    // FIPS 186-4 D.1.2 (SEC 2 2.4.2, 2.5.1, 2.6.1): the prime p and the coefficient b; a = p - 3.
    private static readonly Lazy<Curve> P256 = new(() => new Curve(256, Convert.FromHexString("3059301306072a8648ce3d020106082a8648ce3d030107034200"),
        Hex("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff"),
        Hex("5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b")));

    private static readonly Lazy<Curve> P384 = new(() => new Curve(384, Convert.FromHexString("3076301006072a8648ce3d020106052b81040022036200"),
        Hex("fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff"),
        Hex("b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef")));

    private static readonly Lazy<Curve> P521 = new(() => new Curve(521, Convert.FromHexString("30819b301006072a8648ce3d020106052b8104002303818600"),
        (BigInteger.One << 521) - 1,
        Hex("0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00")));

    private static BigInteger Hex(string hex) => new(Convert.FromHexString(hex), isUnsigned: true, isBigEndian: true);

    /// <summary>
    /// The field size in bits when <paramref name="spki"/> is the DER SubjectPublicKeyInfo of a valid uncompressed point
    /// on P-256, P-384 or P-521; otherwise (another curve or form, any other encoding, a point off the curve) null.
    /// </summary>
    public static int? ValidUncompressed(string curveOid, ReadOnlySpan<byte> spki)
    {
        if (Named(curveOid) is not { } curve || !spki.StartsWith(curve.SpkiPrefix) || spki.Length != curve.SpkiPrefix.Length + 1 + 2 * curve.FieldBytes)
        {
            return null;
        }
        var point = spki[curve.SpkiPrefix.Length..];
        if (point[0] != 0x04)
        {
            return null;
        }
        var x = new BigInteger(point.Slice(1, curve.FieldBytes), isUnsigned: true, isBigEndian: true);
        var y = new BigInteger(point.Slice(1 + curve.FieldBytes), isUnsigned: true, isBigEndian: true);
        if (x >= curve.P || y >= curve.P)
        {
            return null;
        }
        var left = y * y % curve.P;
        var right = ((x * x % curve.P * x) - (3 * x) + curve.B) % curve.P;
        if (right.Sign < 0)
        {
            right += curve.P;
        }
        return left == right ? curve.FieldBits : null;
    }

    /// <summary>For tests: the constants, to compare with BouncyCastle's curve table.</summary>
    internal static (BigInteger P, BigInteger B)? Constants(string curveOid) => Named(curveOid) is { } c ? (c.P, c.B) : null;
}
