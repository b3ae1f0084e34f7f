using System.Numerics;
using static CertLint.Targets.MbedTls.MbedTlsErrorCodes;

namespace CertLint.Targets.MbedTls;

/// <summary>The public key as Mbed TLS keeps it after mbedtls_pk_parse_subpubkey.</summary>
public sealed class MbedTlsPublicKey
{
    /// <summary>mbedtls_pk_type_t name: RSA, ECKEY or ECKEY_DH.</summary>
    public string Type { get; init; } = "";
    public int Bits { get; init; }
    public string? Curve { get; init; }
    public bool CompressedPoint { get; init; }
    public BigInteger? Modulus { get; init; }
    public BigInteger? Exponent { get; init; }
    public BigInteger? X { get; init; }
    public BigInteger? Y { get; init; }
    public bool IsEc => Type is "ECKEY" or "ECKEY_DH";

    /// <summary>mbedtls_pk_can_do: what a key of this type may be used as.</summary>
    public bool CanDo(string pkType) => Type switch
    {
        "RSA" => pkType is "RSA" or "RSASSA_PSS",
        "ECKEY" => pkType is "ECKEY" or "ECKEY_DH" or "ECDSA",
        "ECKEY_DH" => pkType is "ECKEY" or "ECKEY_DH",
        _ => false,
    };
}

/// <summary>mbedtls_pk_parse_subpubkey (pkparse.c / pk_parse.c) for the release's key parser.</summary>
internal static class MbedTlsPublicKeyParser
{
    private const string Path = "tbsCertificate.subjectPublicKeyInfo";

    public static int Parse(MbedTlsParseContext c, ref int p, int end, out MbedTlsPublicKey? key)
    {
        key = null;
        var b = c.B;
        var start = p;
        var ret = MbedTlsAsn1.GetTag(b, ref p, end, out var len, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
        if (ret != 0)
        {
            return c.Add(PkKeyInvalidFormat, ret, $"SubjectPublicKeyInfo: {MbedTlsParseContext.Describe(ret)}", Path, start);
        }

        end = p + len;

        // pk_get_pk_alg
        var algAt = p;
        ret = MbedTlsAsn1.GetAlg(b, ref p, end, out var algOid, out var algParams);
        if (ret != 0)
        {
            return c.Add(PkInvalidAlg, ret, $"public key AlgorithmIdentifier: {MbedTlsParseContext.Describe(ret)}", Path + ".algorithm", algAt);
        }

        var oidText = c.OidText(algOid);
        string? pkType = null;
        MbedTlsCurveEntry? rfc8410Curve = null;
        var pkEntry = c.Target.Facts.PublicKeyAlgorithms.FirstOrDefault(e => e.Oid == oidText);
        if (pkEntry is not null && c.Config.AllDefined(pkEntry.Requires))
        {
            pkType = pkEntry.Pk;
        }
        else
        {
            rfc8410Curve = c.Target.Facts.Curves.FirstOrDefault(k => k.AlgorithmOid && k.Oid == oidText && c.Config.AllDefined(k.Requires));
            if (rfc8410Curve is not null)
            {
                pkType = "ECKEY";
            }
        }
        if (pkType is null)
        {
            return c.Fail(PkUnknownPkAlg, $"public key algorithm {oidText} is not supported by this build", Path + ".algorithm", algOid.Offset, oidText);
        }

        if (pkType == "RSA" && ((algParams.Tag != MbedTlsAsn1.Null && algParams.Tag != 0) || algParams.Length != 0))
        {
            return c.Fail(PkInvalidAlg, "rsaEncryption parameters must be NULL or absent", Path + ".algorithm.parameters", algParams.Offset);
        }

        var bitsAt = p;
        ret = c.Asn1.GetBitStringNull(b, ref p, end, out len);
        if (ret != 0)
        {
            return c.Add(PkInvalidPubkey, ret, $"subjectPublicKey BIT STRING: {MbedTlsParseContext.Describe(ret)}", Path + ".subjectPublicKey", bitsAt);
        }

        if (p + len != end)
        {
            return c.Add(PkInvalidPubkey, Asn1LengthMismatch, "bytes after the subjectPublicKey BIT STRING", Path, p + len);
        }

        if (pkType == "RSA")
        {
            ret = MbedTlsRsaKeyParser.Parse(c, ref p, end, out key);
        }
        else
        {
            ret = UseEcParams(c, algParams, rfc8410Curve, out var curve);
            if (ret == 0)
            {
                ret = MbedTlsEcKeyImport.Import(c, curve!, p, end - p, pkType, out key);
                p = end;
            }
        }
        if (ret == 0 && p != end)
        {
            return c.Add(PkInvalidPubkey, Asn1LengthMismatch, "bytes after the public key", Path + ".subjectPublicKey", p);
        }

        return ret;
    }

    private static int UseEcParams(MbedTlsParseContext c, Asn1Buf algParams, MbedTlsCurveEntry? rfc8410Curve, out MbedTlsCurveEntry? curve)
    {
        curve = rfc8410Curve;
        if (rfc8410Curve is not null)
        {
            return algParams.Tag != 0 || algParams.Length != 0
                ? c.Fail(PkKeyInvalidFormat, $"{rfc8410Curve.Name} keys must have no algorithm parameters", Path + ".algorithm.parameters", algParams.Offset)
                : 0;
        }
        // pk_get_ecparams ran inside get_alg's parameter slot: OID (namedCurve) or, with PK_PARSE_EC_EXTENDED, a SEQUENCE.
        if (algParams.Tag == MbedTlsAsn1.Oid)
        {
            var name = c.OidText(algParams);
            curve = c.Target.Facts.Curves.FirstOrDefault(k => k.NamedCurveOid && k.Oid == name && c.Config.AllDefined(k.Requires));
            return curve is null
                ? c.Fail(PkUnknownNamedCurve, $"named curve {name} is not supported by this build", Path + ".algorithm.parameters", algParams.Offset, name)
                : 0;
        }
        // Anything else is read as SpecifiedECDomain contents (pk_group_from_specified), when the build has it.
        if (!c.Config.IsDefined("MBEDTLS_PK_PARSE_EC_EXTENDED"))
        {
            return c.Fail(c.Target.IsMajor2 ? PkKeyInvalidFormat : EcpFeatureUnavailable,
                "EC parameters are not a named curve and MBEDTLS_PK_PARSE_EC_EXTENDED is not defined", Path + ".algorithm.parameters", algParams.Offset);
        }

        return MbedTlsEcSpecifiedDomain.GroupId(c, algParams.Offset, algParams.Offset + algParams.Length, out curve);
    }
}
