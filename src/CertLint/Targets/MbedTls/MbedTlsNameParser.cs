using static CertLint.Targets.MbedTls.MbedTlsErrorCodes;

namespace CertLint.Targets.MbedTls;

/// <summary>mbedtls_x509_get_name: SEQUENCE OF SET OF AttributeTypeAndValue, string types restricted.</summary>
internal sealed class MbedTlsNameParser(MbedTlsParseContext c)
{
    private static readonly HashSet<int> StringTags =
    [
        MbedTlsAsn1.BmpString, MbedTlsAsn1.Utf8String, MbedTlsAsn1.T61String, MbedTlsAsn1.PrintableString,
        MbedTlsAsn1.Ia5String, MbedTlsAsn1.UniversalString, MbedTlsAsn1.BitString,
    ];

    /// <summary>Parses RDNs from <paramref name="p"/> to <paramref name="end"/> (the contents of the Name SEQUENCE).</summary>
    public int Parse(ref int p, int end, List<MbedTlsNameAttribute> into, string path)
    {
        var b = c.B;
        while (true)
        {
            var at = p;
            var ret = MbedTlsAsn1.GetTag(b, ref p, end, out var setLen, MbedTlsAsn1.Constructed | MbedTlsAsn1.Set);
            if (ret != 0)
            {
                return c.Add(X509InvalidName, ret, $"RelativeDistinguishedName SET: {MbedTlsParseContext.Describe(ret)}", path, at);
            }

            var endSet = p + setLen;
            while (true)
            {
                ret = Attribute(ref p, endSet, into, path);
                if (ret != 0)
                {
                    return ret;
                }

                if (p == endSet)
                {
                    break;
                }

                into[^1] = into[^1] with { Merged = true };
            }
            if (p == end)
            {
                return 0;
            }
        }
    }

    private int Attribute(ref int p, int end, List<MbedTlsNameAttribute> into, string path)
    {
        var b = c.B;
        var at = p;
        var ret = MbedTlsAsn1.GetTag(b, ref p, end, out var len, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
        if (ret != 0)
        {
            return c.Add(X509InvalidName, ret, $"AttributeTypeAndValue: {MbedTlsParseContext.Describe(ret)}", path, at);
        }

        end = p + len;
        if (end - p < 1)
        {
            return c.Add(X509InvalidName, Asn1OutOfData, "empty AttributeTypeAndValue", path, at);
        }

        ret = MbedTlsAsn1.GetTag(b, ref p, end, out var oidLen, MbedTlsAsn1.Oid);
        if (ret != 0)
        {
            return c.Add(X509InvalidName, ret, $"attribute type: {MbedTlsParseContext.Describe(ret)}", path, p);
        }

        var oidBytes = b.AsSpan(p, oidLen).ToArray();
        p += oidLen;
        if (end - p < 1)
        {
            return c.Add(X509InvalidName, Asn1OutOfData, "attribute value missing", path, p);
        }

        if (!StringTags.Contains(b[p]))
        {
            return c.Add(X509InvalidName, Asn1UnexpectedTag, $"attribute {MbedTlsOid.Decode(oidBytes)} has value tag 0x{b[p]:X2}, which is not a string type Mbed TLS accepts", path, p);
        }

        var tag = b[p++];
        ret = MbedTlsAsn1.GetLen(b, ref p, end, out var valueLen);
        if (ret != 0)
        {
            return c.Add(X509InvalidName, ret, $"attribute value length: {MbedTlsParseContext.Describe(ret)}", path, p);
        }

        into.Add(new MbedTlsNameAttribute(MbedTlsOid.Decode(oidBytes), oidBytes, tag, b.AsSpan(p, valueLen).ToArray(), false));
        p += valueLen;
        return p != end ? c.Add(X509InvalidName, Asn1LengthMismatch, "bytes after the attribute value", path, p) : 0;
    }
}
