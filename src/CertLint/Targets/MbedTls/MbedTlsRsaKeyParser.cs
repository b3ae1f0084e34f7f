using System.Numerics;
using static CertLint.Targets.MbedTls.MbedTlsErrorCodes;

namespace CertLint.Targets.MbedTls;

/// <summary>
/// RSAPublicKey inside the BIT STRING, as each release reads it: 2.x pkparse.c (PK_INVALID_PUBKEY + ASN.1 code),
/// 3.6 mbedtls_rsa_parse_pubkey (ASN.1 codes added, anything else PK_INVALID_PUBKEY), 4.0 PSA import (always
/// PK_INVALID_PUBKEY; also refuses keys over 4096 bits or not a whole number of bytes).
/// </summary>
internal static class MbedTlsRsaKeyParser
{
    private const string Path = "tbsCertificate.subjectPublicKeyInfo.subjectPublicKey";
    private const int RsaBadInput = -0x4080;
    private const int MpiMaxBytes = 1024;

    public static int Parse(MbedTlsParseContext c, ref int p, int end, out MbedTlsPublicKey? key)
    {
        key = null;
        var at = p;
        var q = p;
        var ret = Read(c.B, ref q, end, out var n, out var e, out var what);
        var mode = c.Behaviour.RsaKeyParser;
        if (ret == 0 && mode == "psa" && (n.GetBitLength() > c.Behaviour.RsaMaxBits || n.GetBitLength() % 8 != 0))
        {
            ret = RsaBadInput;
            what = $"PSA accepts RSA keys of at most {c.Behaviour.RsaMaxBits} bits and a whole number of bytes (this one has {n.GetBitLength()} bits)";
        }
        else if (ret == 0 && mode == "psa" && CanonicalLength(n, e) > end - p)
        {
            // PSA re-encodes the key into a buffer as long as the input: a modulus or exponent written without
            // its 0x00 sign octet re-encodes longer and the import fails.
            ret = RsaBadInput;
            what = "RSAPublicKey integers lack the 0x00 sign octet (they read as negative); PSA's re-encoding does not fit";
        }
        if (ret != 0)
        {
            var isAsn1 = ret is <= Asn1OutOfData and >= -0x006C;
            var code = mode switch
            {
                "psa" => PkInvalidPubkey,
                "rsa_module" => isAsn1 ? c.Target.Add(PkInvalidPubkey, ret) : PkInvalidPubkey,
                // 2.x: its own ASN.1 walk; the final "bytes left" check is reported as LENGTH_MISMATCH too.
                _ => isAsn1 ? c.Target.Add(PkInvalidPubkey, ret) : PkInvalidPubkey,
            };
            if (mode == "pk_asn1" && what == "RSAPublicKey SEQUENCE length does not match the BIT STRING")
            {
                code = c.Target.Add(PkInvalidPubkey, Asn1LengthMismatch);
            }

            return c.Fail(code, what, Path, at);
        }
        p = q;
        key = new MbedTlsPublicKey { Type = "RSA", Bits = (int)n.GetBitLength(), Modulus = n, Exponent = e };
        return 0;
    }

    private static int CanonicalLength(BigInteger n, BigInteger e)
    {
        static int Tlv(int content) => 1 + (content < 0x80 ? 1 : content < 0x100 ? 2 : content < 0x10000 ? 3 : 4) + content;
        static int Int(BigInteger v) => Tlv(v.IsZero ? 1 : (int)(v.GetBitLength() / 8) + 1);
        return Tlv(Int(n) + Int(e));
    }

    /// <summary>Returns 0, an ASN.1 code, or RsaBadInput for a key the RSA module refuses.</summary>
    private static int Read(byte[] b, ref int p, int end, out BigInteger n, out BigInteger e, out string what)
    {
        n = e = BigInteger.Zero;
        what = "";
        var ret = MbedTlsAsn1.GetTag(b, ref p, end, out var len, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
        if (ret != 0) { what = $"RSAPublicKey SEQUENCE: {MbedTlsParseContext.Describe(ret)}"; return ret; }
        if (p + len != end) { what = "RSAPublicKey SEQUENCE length does not match the BIT STRING"; return RsaBadInput; }
        ret = MbedTlsAsn1.GetTag(b, ref p, end, out len, MbedTlsAsn1.Integer);
        if (ret != 0) { what = $"RSA modulus: {MbedTlsParseContext.Describe(ret)}"; return ret; }
        n = MbedTlsEcMath.FromBigEndian(b.AsSpan(p, len));
        p += len;
        ret = MbedTlsAsn1.GetTag(b, ref p, end, out len, MbedTlsAsn1.Integer);
        if (ret != 0) { what = $"RSA public exponent: {MbedTlsParseContext.Describe(ret)}"; return ret; }
        e = MbedTlsEcMath.FromBigEndian(b.AsSpan(p, len));
        p += len;
        // mbedtls_rsa_complete + mbedtls_rsa_check_pubkey
        if (n.IsZero || e.IsZero) { what = "RSA modulus or exponent is zero"; return RsaBadInput; }
        if ((n.GetBitLength() + 7) / 8 > MpiMaxBytes || n.IsEven || n.GetBitLength() < 128)
        { what = $"RSA modulus refused by mbedtls_rsa_check_pubkey ({n.GetBitLength()} bits{(n.IsEven ? ", even" : "")})"; return RsaBadInput; }
        if (e.IsEven || e.GetBitLength() < 2 || e >= n) { what = $"RSA public exponent {e} refused by mbedtls_rsa_check_pubkey"; return RsaBadInput; }
        if (p != end) { what = "bytes after RSAPublicKey"; return Asn1LengthMismatch; }
        return 0;
    }
}
