using static CertLint.Targets.MbedTls.MbedTlsErrorCodes;

namespace CertLint.Targets.MbedTls;

/// <summary>
/// x509_crt_parse_der_core: walks the DER in the order Mbed TLS does and stops where it stops, so the return
/// code is the one the device would see.
/// </summary>
internal sealed class MbedTlsCrtParser(MbedTlsParseContext c)
{
    private const string Tbs = "tbsCertificate";
    private readonly byte[] _b = c.B;

    public int Parse(out MbedTlsCertificate? result)
    {
        result = null;
        var p = 0;
        var end = _b.Length;
        var ret = MbedTlsAsn1.GetTag(_b, ref p, end, out var len, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
        if (ret != 0)
        {
            return c.Fail(X509InvalidFormat, $"not a DER Certificate SEQUENCE: {MbedTlsParseContext.Describe(ret)}", "Certificate", 0);
        }

        var crtEnd = p + len;
        end = crtEnd;

        var tbsStart = p;
        ret = MbedTlsAsn1.GetTag(_b, ref p, end, out len, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
        if (ret != 0)
        {
            return c.Add(X509InvalidFormat, ret, $"tbsCertificate SEQUENCE: {MbedTlsParseContext.Describe(ret)}", Tbs, tbsStart);
        }

        end = p + len;
        var crt = new MbedTlsCertificate { Raw = _b[..crtEnd], TbsOffset = tbsStart, TbsLength = end - tbsStart };

        ret = Version(ref p, end, out var version);
        if (ret == 0)
        {
            ret = Serial(ref p, end, crt);
        }

        var sigAt = p;
        Asn1Buf sigOid = default, sigParams = default;
        if (ret == 0)
        {
            ret = MbedTlsAsn1.GetAlg(_b, ref p, end, out sigOid, out sigParams);
            if (ret != 0)
            {
                ret = c.Add(X509InvalidAlg, ret, $"signature AlgorithmIdentifier: {MbedTlsParseContext.Describe(ret)}", Tbs + ".signature", sigAt);
            }
        }
        if (ret != 0)
        {
            return ret;
        }

        if (version is < 0 or > 2)
        {
            return c.Fail(X509UnknownVersion, $"version {version + 1} (Mbed TLS knows v1, v2 and v3)", Tbs + ".version", tbsStart);
        }

        crt.Version = version + 1;
        ret = new MbedTlsSigAlgParser(c).Parse(sigOid, sigParams, crt);
        if (ret != 0)
        {
            return ret;
        }

        var issuerAt = p;
        ret = MbedTlsAsn1.GetTag(_b, ref p, end, out len, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
        if (ret != 0)
        {
            return c.Add(X509InvalidFormat, ret, $"issuer Name SEQUENCE: {MbedTlsParseContext.Describe(ret)}", Tbs + ".issuer", issuerAt);
        }

        ret = new MbedTlsNameParser(c).Parse(ref p, p + len, crt.Issuer, Tbs + ".issuer");
        if (ret != 0)
        {
            return ret;
        }

        crt.IssuerRaw = _b[issuerAt..p];

        ret = Dates(ref p, end, crt);
        if (ret != 0)
        {
            return ret;
        }

        var subjectAt = p;
        ret = MbedTlsAsn1.GetTag(_b, ref p, end, out len, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
        if (ret != 0)
        {
            return c.Add(X509InvalidFormat, ret, $"subject Name SEQUENCE: {MbedTlsParseContext.Describe(ret)}", Tbs + ".subject", subjectAt);
        }
        // An empty subject is allowed; an empty issuer is not.
        if (len != 0)
        {
            ret = new MbedTlsNameParser(c).Parse(ref p, p + len, crt.Subject, Tbs + ".subject");
            if (ret != 0)
            {
                return ret;
            }
        }
        crt.SubjectRaw = _b[subjectAt..p];

        var pkAt = p;
        ret = MbedTlsPublicKeyParser.Parse(c, ref p, end, out var key);
        if (ret != 0)
        {
            return ret;
        }

        crt.Key = key!;
        crt.SubjectPublicKeyInfo = _b[pkAt..p];

        if (crt.Version is 2 or 3)
        {
            ret = UniqueId(ref p, end, 1);
            if (ret == 0)
            {
                ret = UniqueId(ref p, end, 2);
            }

            if (ret != 0)
            {
                return ret;
            }
        }
        var extensionsAllowed = crt.Version == 3 || c.Config.IsDefined("MBEDTLS_X509_ALLOW_EXTENSIONS_NON_V3");
        if (extensionsAllowed)
        {
            ret = new MbedTlsExtensionParser(c, crt).Parse(ref p, end);
            if (ret != 0)
            {
                return ret;
            }
        }
        if (p != end)
        {
            var why = !extensionsAllowed && p < end && _b[p] == 0xA3
                ? $"v{crt.Version} certificate carries extensions (only v3 may)"
                : "bytes left at the end of tbsCertificate";
            return c.Add(X509InvalidFormat, Asn1LengthMismatch, why, Tbs, p);
        }

        end = crtEnd;
        var outerAt = p;
        ret = MbedTlsAsn1.GetAlg(_b, ref p, end, out var sigOid2, out var sigParams2);
        if (ret != 0)
        {
            return c.Add(X509InvalidAlg, ret, $"signatureAlgorithm: {MbedTlsParseContext.Describe(ret)}", "signatureAlgorithm", outerAt);
        }

        if (!sigOid.Span(_b).SequenceEqual(sigOid2.Span(_b)) || sigParams.Tag != sigParams2.Tag ||
            sigParams.Length != sigParams2.Length || !sigParams.Span(_b).SequenceEqual(sigParams2.Span(_b)))
        {
            return c.Fail(X509SigMismatch, $"signatureAlgorithm {c.OidText(sigOid2)} differs from tbsCertificate.signature {c.OidText(sigOid)}", "signatureAlgorithm", outerAt);
        }

        var sigValueAt = p;
        if (end - p < 1)
        {
            return c.Add(X509InvalidSignature, Asn1OutOfData, "signatureValue missing", "signatureValue", p);
        }

        ret = c.Asn1.GetBitStringNull(_b, ref p, end, out len);
        if (ret != 0)
        {
            return c.Add(X509InvalidSignature, ret, $"signatureValue BIT STRING: {MbedTlsParseContext.Describe(ret)}", "signatureValue", sigValueAt);
        }

        crt.Signature = _b[p..(p + len)];
        p += len;
        if (p != end)
        {
            return c.Add(X509InvalidFormat, Asn1LengthMismatch, "bytes after signatureValue inside the Certificate", "Certificate", p);
        }

        result = crt;
        return 0;
    }

    private int Version(ref int p, int end, out int version)
    {
        version = 0;
        var at = p;
        var ret = MbedTlsAsn1.GetTag(_b, ref p, end, out var len, MbedTlsAsn1.ContextSpecific | MbedTlsAsn1.Constructed);
        if (ret == Asn1UnexpectedTag)
        {
            return 0;
        }

        if (ret != 0)
        {
            return c.Add(X509InvalidFormat, ret, $"version [0]: {MbedTlsParseContext.Describe(ret)}", Tbs + ".version", at);
        }

        end = p + len;
        ret = c.Asn1.GetInt(_b, ref p, end, out version);
        if (ret != 0)
        {
            return c.Add(X509InvalidVersion, ret, $"version INTEGER: {MbedTlsParseContext.Describe(ret)}", Tbs + ".version", at);
        }

        return p != end ? c.Add(X509InvalidVersion, Asn1LengthMismatch, "bytes after the version INTEGER", Tbs + ".version", p) : 0;
    }

    private int Serial(ref int p, int end, MbedTlsCertificate crt)
    {
        const string path = Tbs + ".serialNumber";
        if (end - p < 1)
        {
            return c.Add(X509InvalidSerial, Asn1OutOfData, "serialNumber missing", path, p);
        }

        if (_b[p] != (MbedTlsAsn1.ContextSpecific | 2) && _b[p] != MbedTlsAsn1.Integer)
        {
            return c.Add(X509InvalidSerial, Asn1UnexpectedTag, $"serialNumber has tag 0x{_b[p]:X2}", path, p);
        }

        var at = p++;
        var ret = MbedTlsAsn1.GetLen(_b, ref p, end, out var len);
        if (ret != 0)
        {
            return c.Add(X509InvalidSerial, ret, $"serialNumber length: {MbedTlsParseContext.Describe(ret)}", path, at);
        }

        crt.Serial = _b[p..(p + len)];
        p += len;
        return 0;
    }

    private int Dates(ref int p, int end, MbedTlsCertificate crt)
    {
        const string path = Tbs + ".validity";
        var at = p;
        var ret = MbedTlsAsn1.GetTag(_b, ref p, end, out var len, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
        if (ret != 0)
        {
            return c.Add(X509InvalidDate, ret, $"Validity SEQUENCE: {MbedTlsParseContext.Describe(ret)}", path, at);
        }

        end = p + len;
        ret = Time(ref p, end, path + ".notBefore", out var from);
        if (ret != 0)
        {
            return ret;
        }

        ret = Time(ref p, end, path + ".notAfter", out var to);
        if (ret != 0)
        {
            return ret;
        }

        if (p != end)
        {
            return c.Add(X509InvalidDate, Asn1LengthMismatch, "bytes after notAfter", path, p);
        }

        crt.ValidFrom = from;
        crt.ValidTo = to;
        return 0;
    }

    /// <summary>mbedtls_x509_get_time: YYMMDDhhmmss[Z] or YYYYMMDDhhmmss[Z], digits only, a real calendar date.</summary>
    private int Time(ref int p, int end, string path, out MbedTlsTime time)
    {
        time = default;
        var at = p;
        if (end - p < 1)
        {
            return c.Add(X509InvalidDate, Asn1OutOfData, "time missing", path, p);
        }

        var yearLen = _b[p] switch { MbedTlsAsn1.UtcTime => 2, MbedTlsAsn1.GeneralizedTime => 4, _ => 0 };
        if (yearLen == 0)
        {
            return c.Add(X509InvalidDate, Asn1UnexpectedTag, $"time has tag 0x{_b[p]:X2} (UTCTime or GeneralizedTime expected)", path, p);
        }

        p++;
        var ret = MbedTlsAsn1.GetLen(_b, ref p, end, out var len);
        if (ret != 0)
        {
            return c.Add(X509InvalidDate, ret, $"time length: {MbedTlsParseContext.Describe(ret)}", path, at);
        }

        var s = _b[p..(p + len)];
        var text = System.Text.Encoding.ASCII.GetString(s);
        if (len != yearLen + 10 && !(len == yearLen + 11 && s[^1] == (byte)'Z'))
        {
            return c.Fail(X509InvalidDate, $"time '{text}' must be {(yearLen == 2 ? "YYMMDDhhmmss" : "YYYYMMDDhhmmss")} optionally followed by Z", path, at);
        }

        int Two(int i) => s[i] is >= (byte)'0' and <= (byte)'9' && s[i + 1] is >= (byte)'0' and <= (byte)'9' ? (s[i] - '0') * 10 + s[i + 1] - '0' : -1;
        var fields = Enumerable.Range(0, (yearLen + 10) / 2).Select(i => Two(i * 2)).ToArray();
        if (fields.Any(f => f < 0))
        {
            return c.Fail(X509InvalidDate, $"time '{text}' has a non-digit", path, at);
        }

        var k = 0;
        var year = yearLen == 4 ? fields[k++] * 100 + fields[k++] : fields[k++] is var yy && yy < 50 ? 2000 + yy : 1900 + yy;
        time = new MbedTlsTime(year, fields[k], fields[k + 1], fields[k + 2], fields[k + 3], fields[k + 4]);
        p += len;
        return IsValidDate(time) ? 0 : c.Fail(X509InvalidDate, $"time '{text}' is not a valid date and time", path, at);
    }

    private static bool IsValidDate(MbedTlsTime t)
    {
        if (t.Month is < 1 or > 12)
        {
            return false;
        }

        var leap = (t.Year % 4 == 0 && t.Year % 100 != 0) || t.Year % 400 == 0;
        int[] days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        return t.Day >= 1 && t.Day <= days[t.Month - 1] && t.Hour <= 23 && t.Minute <= 59 && t.Second <= 59;
    }

    private int UniqueId(ref int p, int end, int n)
    {
        if (p == end)
        {
            return 0;
        }

        var at = p;
        var ret = MbedTlsAsn1.GetTag(_b, ref p, end, out var len, MbedTlsAsn1.ContextSpecific | MbedTlsAsn1.Constructed | n);
        if (ret == Asn1UnexpectedTag)
        {
            return 0;
        }

        if (ret != 0)
        {
            return c.Add(X509InvalidFormat, ret, $"{(n == 1 ? "issuerUniqueID" : "subjectUniqueID")}: {MbedTlsParseContext.Describe(ret)}", Tbs, at);
        }

        p += len;
        return 0;
    }
}
