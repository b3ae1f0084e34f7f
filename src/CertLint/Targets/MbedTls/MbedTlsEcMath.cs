using System.Numerics;
using Org.BouncyCastle.Asn1.X9;

namespace CertLint.Targets.MbedTls;

/// <summary>Curve arithmetic the key import needs: field prime, point-on-curve, square root for compressed points.</summary>
internal sealed class MbedTlsEcMath
{
    private static readonly BigInteger X25519Bad1 =
        BigInteger.Parse("325606250916557431795983626356110631294008115727848805560023387167927233504");
    private static readonly BigInteger X25519Bad2 =
        BigInteger.Parse("39382357235489614581723060781553021112529911719440698176882885853963445705823");

    public BigInteger P { get; }
    public BigInteger A { get; }
    public BigInteger B { get; }
    /// <summary>Group order and generator (zero for the Montgomery curves, which CertLint never compares).</summary>
    public BigInteger N { get; }
    public BigInteger Gx { get; }
    public BigInteger Gy { get; }
    public bool Montgomery { get; }
    public string Name { get; }
    /// <summary>mbedtls_mpi_size(&amp;grp->P): octets of one coordinate.</summary>
    public int PLen { get; }

    private MbedTlsEcMath(string name, BigInteger p, BigInteger a, BigInteger b, bool montgomery,
        BigInteger n = default, BigInteger gx = default, BigInteger gy = default)
    {
        Name = name;
        P = p;
        A = a;
        B = b;
        N = n;
        Gx = gx;
        Gy = gy;
        Montgomery = montgomery;
        PLen = (int)((p.GetBitLength() + 7) / 8);
    }

    public static MbedTlsEcMath For(MbedTlsCurveEntry curve)
    {
        if (curve.Name == "x25519")
        {
            return new(curve.Name, BigInteger.Pow(2, 255) - 19, 0, 0, true);
        }

        if (curve.Name == "x448")
        {
            return new(curve.Name, BigInteger.Pow(2, 448) - BigInteger.Pow(2, 224) - 1, 0, 0, true);
        }

        var x9 = ECNamedCurveTable.GetByName(curve.Name)
            ?? throw new InvalidOperationException($"BouncyCastle does not know curve {curve.Name}");
        var g = x9.G.Normalize();
        return new(curve.Name, ToBig(x9.Curve.Field.Characteristic), ToBig(x9.Curve.A.ToBigInteger()), ToBig(x9.Curve.B.ToBigInteger()), false,
            ToBig(x9.N), ToBig(g.AffineXCoord.ToBigInteger()), ToBig(g.AffineYCoord.ToBigInteger()));
    }

    /// <summary>
    /// grp->A as mbedtls_ecp_group_load leaves it: the NIST secpXXXr1 curves are loaded without A (ecp_curves.c
    /// LOAD_GROUP, A = -3 implied), so their A compares as 0; the others (LOAD_GROUP_A) carry it.
    /// </summary>
    public BigInteger LoadedA => Name.StartsWith("secp", StringComparison.Ordinal) && Name.EndsWith("r1", StringComparison.Ordinal) ? BigInteger.Zero : A;

    public static BigInteger FromBigEndian(ReadOnlySpan<byte> bytes) => new(bytes, isUnsigned: true, isBigEndian: true);

    public BigInteger Rhs(BigInteger x) => Mod(BigInteger.ModPow(x, 3, P) + A * x + B);

    /// <summary>ecp_check_pubkey_sw: coordinates below p and y² = x³ + ax + b.</summary>
    public bool IsOnCurve(BigInteger x, BigInteger y) =>
        x >= 0 && y >= 0 && x < P && y < P && BigInteger.ModPow(y, 2, P) == Rhs(x);

    /// <summary>ecp_sw_derive_y: only for p ≡ 3 (mod 4); null means MBEDTLS_ERR_ECP_FEATURE_UNAVAILABLE.</summary>
    public BigInteger? DeriveY(BigInteger x, int parity)
    {
        if (P % 4 != 3)
        {
            return null;
        }

        var y = BigInteger.ModPow(Rhs(x), (P + 1) / 4, P);
        return (int)(y % 2) != parity ? P - y : y;
    }

    /// <summary>ecp_check_pubkey_mx: the small-order u-coordinates are refused.</summary>
    public bool IsGoodMontgomeryU(BigInteger x)
    {
        var xm = x % P;
        if (xm <= 1 || xm + 1 == P)
        {
            return false;
        }

        return Name != "x25519" || (xm != X25519Bad1 && xm != X25519Bad2);
    }

    private BigInteger Mod(BigInteger v) => ((v % P) + P) % P;

    private static BigInteger ToBig(Org.BouncyCastle.Math.BigInteger v) => FromBigEndian(v.ToByteArrayUnsigned());
}
