using static CertLint.Targets.MbedTls.MbedTlsErrorCodes;

namespace CertLint.Targets.MbedTls;

/// <summary>mbedtls_x509_parse_subject_alt_name as far as the release checks entries (behaviour.san_checked_types).</summary>
internal sealed class MbedTlsGeneralNameChecker(MbedTlsParseContext c, string path)
{
    private const string HardwareModuleName = "1.3.6.1.5.5.7.8.4";

    public int Check(int tag, int start, int len, int at)
    {
        var types = c.Behaviour.SanCheckedTypes;
        var kind = (tag & 0xDF) switch
        {
            0x80 => "other_name", 0x81 => "rfc822", 0x82 => "dns", 0x84 => "directory_name",
            0x86 => "uri", 0x87 => "ip", _ => "",
        };
        if (!types.Contains(kind))
        {
            return 0; // MBEDTLS_ERR_X509_FEATURE_UNAVAILABLE: tolerated
        }

        return kind switch
        {
            "other_name" => OtherName(start, start + len, at),
            "ip" => len is 4 or 16 ? 0 : c.Fail(X509BadInputData, $"subjectAltName iPAddress of {len} octets (Mbed TLS {c.Target.Release} accepts 4 or 16)", path, at),
            "directory_name" => DirectoryName(start, len, at),
            _ => 0,
        };
    }

    private int Ext(int low, string what, int offset) => c.Add(X509InvalidExtensions, low, what, path, offset);

    /// <summary>x509_get_other_name: only hardwareModuleName is understood; other type-ids are tolerated.</summary>
    private int OtherName(int p, int end, int at)
    {
        var b = c.B;
        var ret = MbedTlsAsn1.GetTag(b, ref p, end, out var len, MbedTlsAsn1.Oid);
        if (ret != 0)
        {
            return Ext(ret, $"otherName type-id: {MbedTlsParseContext.Describe(ret)}", at);
        }

        if (MbedTlsOid.Decode(b.AsSpan(p, len)) != HardwareModuleName)
        {
            return 0;
        }

        p += len;
        ret = MbedTlsAsn1.GetTag(b, ref p, end, out len, MbedTlsAsn1.Constructed | MbedTlsAsn1.ContextSpecific);
        if (ret != 0)
        {
            return Ext(ret, $"hardwareModuleName [0]: {MbedTlsParseContext.Describe(ret)}", at);
        }

        if (end != p + len)
        {
            return Ext(Asn1LengthMismatch, "hardwareModuleName [0] length", at);
        }

        ret = MbedTlsAsn1.GetTag(b, ref p, end, out len, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
        if (ret != 0)
        {
            return Ext(ret, $"hardwareModuleName SEQUENCE: {MbedTlsParseContext.Describe(ret)}", at);
        }

        if (end != p + len)
        {
            return Ext(Asn1LengthMismatch, "hardwareModuleName SEQUENCE length", at);
        }

        ret = MbedTlsAsn1.GetTag(b, ref p, end, out len, MbedTlsAsn1.Oid);
        if (ret != 0)
        {
            return Ext(ret, $"hwType: {MbedTlsParseContext.Describe(ret)}", at);
        }

        p += len;
        ret = MbedTlsAsn1.GetTag(b, ref p, end, out len, MbedTlsAsn1.OctetString);
        if (ret != 0)
        {
            return Ext(ret, $"hwSerialNum: {MbedTlsParseContext.Describe(ret)}", at);
        }

        p += len;
        return p != end ? Ext(Asn1LengthMismatch, "bytes after hwSerialNum", at) : 0;
    }

    private int DirectoryName(int start, int len, int at)
    {
        var p = start;
        // The SEQUENCE error comes back bare here (no X509 part), as in x509.c.
        var ret = MbedTlsAsn1.GetTag(c.B, ref p, start + len, out var nameLen, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
        if (ret != 0)
        {
            return c.Fail(ret, $"directoryName: {MbedTlsParseContext.Describe(ret)}", path, at);
        }

        return new MbedTlsNameParser(c).Parse(ref p, p + nameLen, [], path + ".directoryName");
    }
}
