using System.Numerics;
using static CertLint.Targets.MbedTls.MbedTlsErrorCodes;

namespace CertLint.Targets.MbedTls;

/// <summary>
/// Explicit (specifiedCurve) EC parameters with MBEDTLS_PK_PARSE_EC_EXTENDED: pkparse.c pk_group_from_specified
/// reads a SpecifiedECDomain into a bare group, then pk_group_id_from_group looks for a compiled curve with the same
/// p, A, B, n, G.x, G.z and parity of G.y. The code is the same in every release; what differs is
/// mbedtls_ecp_point_read_binary on that bare group: 2.16 reads an uncompressed generator, 2.28 and later refuse
/// every form on a group of unknown type (ECP_FEATURE_UNAVAILABLE), so only a compressed generator (02/03) gets
/// through ("cheat" path), and an uncompressed one is PK_KEY_INVALID_FORMAT. A match is rare besides: the NIST
/// curves are loaded with A unset, so their explicit parameters (A = p - 3) never match.
/// </summary>
internal static class MbedTlsEcSpecifiedDomain
{
    private const string Path = "tbsCertificate.subjectPublicKeyInfo.algorithm.parameters";
    private static readonly byte[] PrimeField = [0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x01, 0x01];

    /// <param name="p">First byte of the SpecifiedECDomain's contents (params->p).</param>
    public static int GroupId(MbedTlsParseContext c, int p, int end, out MbedTlsCurveEntry? curve)
    {
        curve = null;
        var b = c.B;
        var ret = c.Asn1.GetInt(b, ref p, end, out var version);
        if (ret != 0)
        {
            return c.Add(PkKeyInvalidFormat, ret, $"specifiedCurve version: {MbedTlsParseContext.Describe(ret)}", Path, p);
        }

        if (version is < 1 or > 3)
        {
            return c.Fail(PkKeyInvalidFormat, $"specifiedCurve version {version} (only 1 to 3)", Path, p);
        }

        // FieldID: errors of the two tags come back bare (no PK part).
        ret = MbedTlsAsn1.GetTag(b, ref p, end, out var len, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
        if (ret != 0)
        {
            return c.Fail(ret, $"specifiedCurve fieldID: {MbedTlsParseContext.Describe(ret)}", Path + ".fieldID", p);
        }

        var endField = p + len;
        ret = MbedTlsAsn1.GetTag(b, ref p, endField, out len, MbedTlsAsn1.Oid);
        if (ret != 0)
        {
            return c.Fail(ret, $"specifiedCurve fieldType: {MbedTlsParseContext.Describe(ret)}", Path + ".fieldID.fieldType", p);
        }

        if (!b.AsSpan(p, len).SequenceEqual(PrimeField))
        {
            return c.Fail(PkFeatureUnavailable, "specifiedCurve field is not a prime field (only prime-field is supported)", Path + ".fieldID.fieldType", p);
        }

        p += len;
        ret = GetMpi(b, ref p, endField, out var prime);
        if (ret != 0)
        {
            return c.Add(PkKeyInvalidFormat, ret, $"specifiedCurve prime: {MbedTlsParseContext.Describe(ret)}", Path + ".fieldID.parameters", p);
        }

        if (p != endField)
        {
            return c.Add(PkKeyInvalidFormat, Asn1LengthMismatch, "bytes after the specifiedCurve prime", Path + ".fieldID", p);
        }

        // Curve ::= SEQUENCE { a, b, seed BIT STRING OPTIONAL }
        ret = MbedTlsAsn1.GetTag(b, ref p, end, out len, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
        if (ret != 0)
        {
            return c.Fail(ret, $"specifiedCurve curve: {MbedTlsParseContext.Describe(ret)}", Path + ".curve", p);
        }

        var endCurve = p + len;
        ret = GetOctets(b, ref p, endCurve, out var a);
        if (ret != 0)
        {
            return c.Add(PkKeyInvalidFormat, ret, $"specifiedCurve a: {MbedTlsParseContext.Describe(ret)}", Path + ".curve.a", p);
        }

        ret = GetOctets(b, ref p, endCurve, out var bCoeff);
        if (ret != 0)
        {
            return c.Add(PkKeyInvalidFormat, ret, $"specifiedCurve b: {MbedTlsParseContext.Describe(ret)}", Path + ".curve.b", p);
        }
        // The seed is skipped when its tag and length read; a failed read still moves the cursor (asn1_get_tag).
        if (MbedTlsAsn1.GetTag(b, ref p, endCurve, out len, MbedTlsAsn1.BitString) == 0)
        {
            p += len;
        }

        if (p != endCurve)
        {
            return c.Add(PkKeyInvalidFormat, Asn1LengthMismatch, "bytes after the specifiedCurve curve's b (and seed)", Path + ".curve", p);
        }

        // base ECPoint ::= OCTET STRING, read by mbedtls_ecp_point_read_binary on the bare group.
        var baseAt = p;
        ret = MbedTlsAsn1.GetTag(b, ref p, end, out len, MbedTlsAsn1.OctetString);
        if (ret != 0)
        {
            return c.Add(PkKeyInvalidFormat, ret, $"specifiedCurve base: {MbedTlsParseContext.Describe(ret)}", Path + ".base", baseAt);
        }

        var plen = (int)((prime.GetBitLength() + 7) / 8);
        if (!ReadBase(c.Target, b.AsSpan(p, len), plen, out var gx, out var gz, out var gyParity))
        {
            return c.Fail(PkKeyInvalidFormat, c.Target.Behaviour.SpecifiedDomainReadsUncompressedBase
                    ? "specifiedCurve base point is not an uncompressed or compressed point of the field's size"
                    : $"specifiedCurve base point: Mbed TLS {c.Target.Release} reads the generator of explicit parameters only when it is compressed (02/03)",
                Path + ".base", baseAt);
        }

        p += len;
        ret = GetMpi(b, ref p, end, out var order);
        if (ret != 0)
        {
            return c.Add(PkKeyInvalidFormat, ret, $"specifiedCurve order: {MbedTlsParseContext.Describe(ret)}", Path + ".order", p);
        }
        // cofactor and anything after it are ignored.

        foreach (var k in c.Target.Facts.Curves)
        {
            if (!k.NamedCurveOid || k.Montgomery || !c.Config.AllDefined(k.Requires))
            {
                continue;
            }

            var m = MbedTlsEcMath.For(k);
            if (m.P == prime && m.LoadedA == a && m.B == bCoeff && m.N == order && m.Gx == gx && gz == 1 && (int)(m.Gy % 2) == gyParity)
            {
                curve = k;
                return 0;
            }
        }
        return c.Fail(EcpFeatureUnavailable,
            "explicit (specifiedCurve) EC parameters that match none of the build's curves as Mbed TLS compares them " +
            "(the NIST P-curves never match: Mbed TLS keeps their A unset); use a namedCurve OID", Path, baseAt);
    }

    /// <summary>mbedtls_ecp_point_read_binary on a group with only P set, then pk_group_from_specified's fallback.</summary>
    private static bool ReadBase(MbedTlsTarget target, ReadOnlySpan<byte> buf, int plen, out BigInteger x, out int z, out int yParity)
    {
        x = 0;
        z = 1;
        yParity = 0;
        int ret;
        if (buf.Length < 1)
        {
            ret = EcpBadInputData;
        }
        else if (!target.Behaviour.SpecifiedDomainReadsUncompressedBase)
        {
            ret = EcpFeatureUnavailable;
        }
        else if (buf[0] == 0x00)
        {
            ret = buf.Length == 1 ? 0 : EcpBadInputData;
        }
        else if (buf[0] != 0x04)
        {
            ret = EcpFeatureUnavailable;
        }
        else
        {
            ret = buf.Length != 2 * plen + 1 ? EcpBadInputData : 0;
        }

        if (ret == 0)
        {
            if (buf[0] == 0x00)
            {
                // mbedtls_ecp_set_zero: X = 1, Y = 1, Z = 0
                x = 1;
                yParity = 1;
                z = 0;
                return true;
            }
            x = MbedTlsEcMath.FromBigEndian(buf.Slice(1, plen));
            yParity = (int)(MbedTlsEcMath.FromBigEndian(buf.Slice(1 + plen, plen)) % 2);
            return true;
        }
        if (ret != EcpFeatureUnavailable || (buf[0] != 0x02 && buf[0] != 0x03) || buf.Length != plen + 1)
        {
            return false;
        }

        x = MbedTlsEcMath.FromBigEndian(buf[1..]);
        yParity = buf[0] - 2;
        return true;
    }

    /// <summary>mbedtls_asn1_get_mpi: an INTEGER read as an unsigned magnitude (CertLint does not model MBEDTLS_MPI_MAX_SIZE: more than 1024 octets).</summary>
    private static int GetMpi(byte[] b, ref int p, int end, out BigInteger value)
    {
        value = 0;
        var ret = MbedTlsAsn1.GetTag(b, ref p, end, out var len, MbedTlsAsn1.Integer);
        if (ret != 0)
        {
            return ret;
        }

        value = MbedTlsEcMath.FromBigEndian(b.AsSpan(p, len));
        p += len;
        return 0;
    }

    /// <summary>A FieldElement: OCTET STRING read with mbedtls_mpi_read_binary.</summary>
    private static int GetOctets(byte[] b, ref int p, int end, out BigInteger value)
    {
        value = 0;
        var ret = MbedTlsAsn1.GetTag(b, ref p, end, out var len, MbedTlsAsn1.OctetString);
        if (ret != 0)
        {
            return ret;
        }

        value = MbedTlsEcMath.FromBigEndian(b.AsSpan(p, len));
        p += len;
        return 0;
    }
}
