using System.Numerics;
using static CertLint.Targets.MbedTls.MbedTlsErrorCodes;

namespace CertLint.Targets.MbedTls;

/// <summary>
/// The EC public point inside the BIT STRING: 2.x/3.6 mbedtls_ecp_point_read_binary + mbedtls_ecp_check_pubkey
/// (ECP codes returned bare), 4.0 mbedtls_pk_ecc_set_pubkey (PSA import; refusal is PK_INVALID_PUBKEY).
/// </summary>
internal static class MbedTlsEcKeyImport
{
    private const string Path = "tbsCertificate.subjectPublicKeyInfo.subjectPublicKey";

    public static int Import(MbedTlsParseContext c, MbedTlsCurveEntry curve, int offset, int length, string pkType, out MbedTlsPublicKey? key)
    {
        key = null;
        var math = MbedTlsEcMath.For(curve);
        var pub = c.B.AsSpan(offset, length);
        int ret;
        BigInteger x = 0, y = 0;
        var compressed = length > 0 && !math.Montgomery && (pub[0] == 2 || pub[0] == 3);
        string what;
        if (c.Behaviour.EcKeyImport == "psa" && (math.Montgomery || (length > 0 && pub[0] == 0x04)))
        {
            ret = ReadPoint(c, math, pub, out x, out y, out what);
            if (ret == 0)
            {
                ret = Check(math, x, y, pub, ref what);
            }

            if (ret != 0)
            {
                ret = PkInvalidPubkey; // psa_import_key failed
            }
        }
        else if (c.Behaviour.EcKeyImport == "psa")
        {
            // pk_ecc_set_pubkey_psa_ecp_fallback, then the PSA import of the re-encoded point.
            if (!c.Config.IsDefined("MBEDTLS_PK_PARSE_EC_COMPRESSED"))
            {
                ret = EcpFeatureUnavailable;
                what = "compressed EC points need MBEDTLS_PK_PARSE_EC_COMPRESSED";
            }
            else
            {
                ret = ReadPoint(c, math, pub, out x, out y, out what);
                if (ret == 0 && length == 1) { ret = PkInvalidPubkey; what = "the point at infinity is not a public key"; }
                else if (ret == 0 && Check(math, x, y, pub, ref what) != 0)
                {
                    ret = PkInvalidPubkey;
                }
            }
        }
        else
        {
            ret = ReadPoint(c, math, pub, out x, out y, out what);
            if (ret == 0)
            {
                ret = Check(math, x, y, pub, ref what);
            }
        }
        // TF-PSA-Crypto (4.0) defines MBEDTLS_ERR_ECP_BAD_INPUT_DATA as PSA_ERROR_INVALID_ARGUMENT.
        if (ret == EcpBadInputData)
        {
            ret = MbedTlsErrorCodes.Parse(c.Behaviour.EcpBadInputCode) ?? ret;
        }

        if (ret != 0)
        {
            return c.Fail(ret, $"{curve.Name} public key: {what}", Path, offset);
        }

        key = new MbedTlsPublicKey { Type = pkType, Bits = curve.Bits, Curve = curve.Name, CompressedPoint = compressed, X = x, Y = math.Montgomery ? null : y };
        return 0;
    }

    /// <summary>mbedtls_ecp_point_read_binary of the release (2.x knows only the uncompressed form).</summary>
    private static int ReadPoint(MbedTlsParseContext c, MbedTlsEcMath math, ReadOnlySpan<byte> pub, out BigInteger x, out BigInteger y, out string what)
    {
        x = y = 0;
        what = "";
        var plen = math.PLen;
        if (pub.Length < 1) { what = "empty point"; return EcpBadInputData; }
        if (math.Montgomery)
        {
            if (pub.Length != plen) { what = $"expected {plen} octets, found {pub.Length}"; return EcpBadInputData; }
            var le = pub.ToArray();
            if (math.Name == "x25519")
            {
                le[^1] &= 0x7F;
            }

            x = new BigInteger(le, isUnsigned: true, isBigEndian: false);
            return 0;
        }
        if (pub[0] == 0x00)
        {
            if (pub.Length == 1) { what = "the point at infinity"; return 0; }
            what = "point starts with 0x00 but is longer than one octet";
            return EcpBadInputData;
        }
        var legacy = c.Behaviour.CompressedPoints == "never";
        if (legacy && pub[0] != 0x04) { what = $"point format 0x{pub[0]:X2} (compressed or unknown) is not supported"; return EcpFeatureUnavailable; }
        if (!legacy && pub.Length < 1 + plen) { what = $"point of {pub.Length} octets is too short"; return EcpBadInputData; }
        if (pub[0] == 0x04)
        {
            if (pub.Length != 1 + 2 * plen) { what = $"uncompressed point must be {1 + 2 * plen} octets, found {pub.Length}"; return EcpBadInputData; }
            x = MbedTlsEcMath.FromBigEndian(pub.Slice(1, plen));
            y = MbedTlsEcMath.FromBigEndian(pub.Slice(1 + plen, plen));
            return 0;
        }
        if (pub[0] is 0x02 or 0x03)
        {
            if (pub.Length != 1 + plen) { what = $"compressed point must be {1 + plen} octets, found {pub.Length}"; return EcpBadInputData; }
            x = MbedTlsEcMath.FromBigEndian(pub.Slice(1, plen));
            var derived = math.DeriveY(x, pub[0] & 1);
            if (derived is null) { what = "compressed points are only supported on curves with p ≡ 3 (mod 4)"; return EcpFeatureUnavailable; }
            y = derived.Value;
            return 0;
        }
        what = $"point format 0x{pub[0]:X2} is unknown";
        return EcpBadInputData;
    }

    /// <summary>mbedtls_ecp_check_pubkey.</summary>
    private static int Check(MbedTlsEcMath math, BigInteger x, BigInteger y, ReadOnlySpan<byte> pub, ref string what)
    {
        if (math.Montgomery)
        {
            if (math.IsGoodMontgomeryU(x))
            {
                return 0;
            }

            what = "u-coordinate is a small-order point";
            return EcpInvalidKey;
        }
        if (pub.Length == 1) { what = "the point at infinity is not a public key"; return EcpInvalidKey; }
        if (math.IsOnCurve(x, y))
        {
            return 0;
        }

        what = "point is not on the curve";
        return EcpInvalidKey;
    }
}
