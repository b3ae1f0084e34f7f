using CertLint.Asn1;
using CertLint.Input;
using CertLint.X509;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X9;

namespace CertLint.Tests.X509;

/// <summary>
/// The P-256/P-384/P-521 fast path of <see cref="PublicKeyDetails"/> (no BouncyCastle at start-up) must give exactly
/// BouncyCastle's details: same constants, same verdict on every EC key of the fixtures and on broken points.
/// </summary>
public class NistCurvePointTests
{
    [Theory]
    [InlineData(Oids.Secp256r1)]
    [InlineData(Oids.Secp384r1)]
    [InlineData(Oids.Secp521r1)]
    public void ConstantsAreBouncyCastles(string oid)
    {
        var curve = ECNamedCurveTable.GetByOid(new DerObjectIdentifier(oid)).Curve;
        var (p, b) = NistCurvePoint.Constants(oid)!.Value;
        Assert.Equal(Unsigned(curve.Field.Characteristic), p);
        Assert.Equal(Unsigned(curve.B.ToBigInteger()), b);
        Assert.Equal(Unsigned(curve.A.ToBigInteger()), p - 3);
    }

    [Fact]
    public void EveryFixtureEcKeyGetsBouncyCastlesDetails()
    {
        var fast = 0;
        foreach (var spki in FixtureEcKeys())
        {
            var details = PublicKeyDetails.From(spki);
            AssertSame(PublicKeyDetails.FromBouncyCastle(spki), details);
            if (spki.Algorithm.ParameterOid() is { } oid && NistCurvePoint.ValidUncompressed(oid, spki.Encoded.Span) is not null)
            {
                fast++;
                Assert.NotNull(details.Key);
            }
        }
        Assert.True(fast >= 10, $"only {fast} fixture keys took the fast path");
    }

    [Fact]
    public void BrokenPointsGoTheBouncyCastleWay()
    {
        var spki = FixtureEcKeys().First(k => k.Algorithm.ParameterOid() == Oids.Secp256r1 && k.Encoded.Length == 91);
        var encoded = spki.Encoded.ToArray();
        // y + 1: off the curve. x = p: not a field element. An SPKI with one more byte: not the canonical encoding.
        var offCurve = (byte[])encoded.Clone();
        offCurve[^1] ^= 1;
        var xIsP = (byte[])encoded.Clone();
        Convert.FromHexString("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff").CopyTo(xIsP, 27);
        foreach (var bytes in new[] { offCurve, xIsP })
        {
            Assert.Null(NistCurvePoint.ValidUncompressed(Oids.Secp256r1, bytes));
            var broken = Reparse(spki, bytes);
            var details = PublicKeyDetails.From(broken);
            Assert.NotNull(details.Error);
            AssertSame(PublicKeyDetails.FromBouncyCastle(broken), details);
        }
        Assert.Null(NistCurvePoint.ValidUncompressed(Oids.Secp256r1, [.. encoded, 0]));
        Assert.Equal(256, NistCurvePoint.ValidUncompressed(Oids.Secp256r1, encoded));
    }

    private static void AssertSame(PublicKeyDetails expected, PublicKeyDetails actual)
    {
        Assert.Equal(
            (expected.Type, expected.SizeBits, expected.CurveOid, expected.CurveName, expected.PointFormat, expected.Error, expected.RsaModulus, expected.RsaExponent),
            (actual.Type, actual.SizeBits, actual.CurveOid, actual.CurveName, actual.PointFormat, actual.Error, actual.RsaModulus, actual.RsaExponent));
        Assert.Equal(expected.Key is null, actual.Key is null);
    }

    private static IEnumerable<SubjectPublicKeyInfo> FixtureEcKeys()
    {
        var root = Path.Combine(Fixtures.RepoRoot, "fixtures");
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".pem", StringComparison.Ordinal) || f.EndsWith(".der", StringComparison.Ordinal) || f.EndsWith(".crt", StringComparison.Ordinal))
                     .Where(f => !f.Contains("/fuzz/", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            foreach (var o in InputDecoder.Decode(file, File.ReadAllBytes(file)).Certificates)
            {
                if (o.Certificate?.PublicKey is { Algorithm.Oid: Oids.EcPublicKey } spki)
                {
                    yield return spki;
                }
            }
        }
    }

    /// <summary><paramref name="like"/> with other bytes of the same length (algorithm and locations kept).</summary>
    private static SubjectPublicKeyInfo Reparse(SubjectPublicKeyInfo like, byte[] encoded)
    {
        var keyBits = like.KeyBits with { Bytes = encoded.AsMemory(encoded.Length - like.KeyBits.Bytes.Length) };
        return new SubjectPublicKeyInfo(like.Algorithm, keyBits, encoded, like.Location);
    }

    private static System.Numerics.BigInteger Unsigned(Org.BouncyCastle.Math.BigInteger value) =>
        new(value.ToByteArrayUnsigned(), isUnsigned: true, isBigEndian: true);
}
