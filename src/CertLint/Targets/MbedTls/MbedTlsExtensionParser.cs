using static CertLint.Targets.MbedTls.MbedTlsErrorCodes;

namespace CertLint.Targets.MbedTls;

/// <summary>x509_get_crt_ext: the v3 extensions loop and the parsers of the extensions the release knows.</summary>
internal sealed class MbedTlsExtensionParser(MbedTlsParseContext c, MbedTlsCertificate crt)
{
    private const string AnyPolicy = "2.5.29.32.0";
    private static readonly Dictionary<string, int> TypeByName = new(StringComparer.Ordinal)
    {
        ["authorityKeyIdentifier"] = MbedTlsCertificate.ExtAuthorityKeyIdentifier,
        ["subjectKeyIdentifier"] = MbedTlsCertificate.ExtSubjectKeyIdentifier,
        ["keyUsage"] = MbedTlsCertificate.ExtKeyUsageBits,
        ["certificatePolicies"] = MbedTlsCertificate.ExtCertificatePolicies,
        ["subjectAltName"] = MbedTlsCertificate.ExtSubjectAltName,
        ["basicConstraints"] = MbedTlsCertificate.ExtBasicConstraints,
        ["extKeyUsage"] = MbedTlsCertificate.ExtExtendedKeyUsage,
        ["nsCertType"] = MbedTlsCertificate.ExtNsCertType,
    };

    private readonly byte[] _b = c.B;
    private string _path = "tbsCertificate.extensions";
    private string? _unsupportedPolicy;

    private int Ext(int low, string what, int offset) => c.Add(X509InvalidExtensions, low, what, _path, offset);

    public int Parse(ref int p, int end)
    {
        if (p == end)
        {
            return 0;
        }

        var at = p;
        // mbedtls_x509_get_ext: [3] EXPLICIT { SEQUENCE OF Extension }, the SEQUENCE filling [3] exactly.
        var ret = MbedTlsAsn1.GetTag(_b, ref p, end, out var extLen, MbedTlsAsn1.ContextSpecific | MbedTlsAsn1.Constructed | 3);
        if (ret != 0)
        {
            return Ext(ret, $"extensions [3]: {MbedTlsParseContext.Describe(ret)}", at);
        }

        end = p + extLen;
        ret = MbedTlsAsn1.GetTag(_b, ref p, end, out var len, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
        if (ret != 0)
        {
            return Ext(ret, $"extensions SEQUENCE: {MbedTlsParseContext.Describe(ret)}", at);
        }

        if (end != p + len)
        {
            return Ext(Asn1LengthMismatch, "extensions SEQUENCE does not fill [3]", at);
        }

        for (var index = 0; p < end; index++)
        {
            _path = $"tbsCertificate.extensions[{index}]";
            var extAt = p;
            ret = MbedTlsAsn1.GetTag(_b, ref p, end, out len, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
            if (ret != 0)
            {
                return Ext(ret, $"Extension SEQUENCE: {MbedTlsParseContext.Describe(ret)}", extAt);
            }

            var endExtData = p + len;
            ret = MbedTlsAsn1.GetTag(_b, ref p, endExtData, out var oidLen, MbedTlsAsn1.Oid);
            if (ret != 0)
            {
                return Ext(ret, $"extnID: {MbedTlsParseContext.Describe(ret)}", p);
            }

            var oid = new Asn1Buf(MbedTlsAsn1.Oid, p, oidLen);
            var oidText = c.OidText(oid);
            p += oidLen;
            var boolAt = p;
            ret = MbedTlsAsn1.GetBool(_b, ref p, endExtData, out var critical);
            if (ret != 0 && ret != Asn1UnexpectedTag)
            {
                return Ext(ret, $"critical flag of {oidText}: {MbedTlsParseContext.Describe(ret)}", boolAt);
            }

            var octetAt = p;
            ret = MbedTlsAsn1.GetTag(_b, ref p, endExtData, out len, MbedTlsAsn1.OctetString);
            if (ret != 0)
            {
                return Ext(ret, $"extnValue of {oidText}: {MbedTlsParseContext.Describe(ret)}", octetAt);
            }

            var startOctet = p;
            var endOctet = p + len;
            if (endOctet != endExtData)
            {
                return Ext(Asn1LengthMismatch, $"bytes after extnValue of {oidText}", endOctet);
            }

            _path += ".extnValue";

            var known = c.Target.Facts.RecognisedExtensions.FirstOrDefault(e => e.Oid == oidText);
            if (known is null)
            {
                p = endOctet;
                var name = MbedTlsExtensionNames.Name(oidText);
                if (c.Config.ExtCallback == MbedTlsExtCallback.AcceptAll)
                {
                    crt.SkippedExtensions.Add($"{oidText} ({name}), accepted by the extension callback");
                    continue;
                }
                if (critical && !c.Config.IsDefined("MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION"))
                {
                    return c.Add(X509InvalidExtensions, Asn1UnexpectedTag,
                        $"critical extension {oidText} ({name}) is not supported by Mbed TLS {c.Target.Release}",
                        $"tbsCertificate.extensions[{index}]", extAt, oidText);
                }

                crt.SkippedExtensions.Add($"{oidText} ({name}){(critical ? ", critical, skipped by MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION" : ", not critical, skipped")}");
                continue;
            }

            var type = TypeByName[known.Name];
            if ((crt.ExtTypes & type) != 0)
            {
                return c.Fail(X509InvalidExtensions, $"extension {oidText} ({known.Name}) appears twice", $"tbsCertificate.extensions[{index}]", extAt, oidText);
            }

            crt.ExtTypes |= type;

            ret = known.Name switch
            {
                "basicConstraints" => BasicConstraints(ref p, endOctet),
                "keyUsage" => KeyUsage(ref p, endOctet),
                "extKeyUsage" => ExtKeyUsage(ref p, endOctet),
                "subjectKeyIdentifier" => SubjectKeyId(ref p, endExtData),
                "authorityKeyIdentifier" => AuthorityKeyId(ref p, endOctet),
                "subjectAltName" => SubjectAltName(ref p, endOctet),
                "nsCertType" => NsCertType(ref p, endOctet),
                "certificatePolicies" => CertificatePolicies(ref p, endOctet, critical, oidText),
                _ => critical ? X509FeatureUnavailable : Skip(ref p, endOctet),
            };
            if (ret != 0)
            {
                return ret;
            }
        }
        _path = "tbsCertificate.extensions";
        return p != end ? Ext(Asn1LengthMismatch, "bytes after the last extension", p) : 0;
    }

    private static int Skip(ref int p, int endOctet) { p = endOctet; return 0; }

    private int CertificatePolicies(ref int p, int endOctet, bool critical, string oidText)
    {
        var ret = Policies(ref p, endOctet);
        if (ret == 0)
        {
            return 0;
        }

        if (ret == X509FeatureUnavailable)
        {
            if (c.Config.ExtCallback == MbedTlsExtCallback.AcceptAll)
            {
                crt.SkippedExtensions.Add($"{oidText} (certificatePolicies) policy {_unsupportedPolicy}, accepted by the extension callback");
                return 0;
            }
            var allow = c.Config.IsDefined("MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION");
            if (critical && !allow)
            {
                return c.Fail(ret, $"critical certificatePolicies holds policy {_unsupportedPolicy}; Mbed TLS {c.Target.Release} supports only anyPolicy ({AnyPolicy}) in a critical certificatePolicies",
                    _path, p, _unsupportedPolicy);
            }

            return 0;
        }
        return ret;
    }

    /// <summary>x509_get_certificate_policies: well-formed, and FEATURE_UNAVAILABLE when any policy is not anyPolicy.</summary>
    private int Policies(ref int p, int end)
    {
        var at = p;
        var ret = MbedTlsAsn1.GetTag(_b, ref p, end, out var len, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
        if (ret != 0)
        {
            return Ext(ret, $"certificatePolicies SEQUENCE: {MbedTlsParseContext.Describe(ret)}", at);
        }

        if (p + len != end)
        {
            return Ext(Asn1LengthMismatch, "certificatePolicies SEQUENCE does not fill extnValue", at);
        }

        if (len == 0)
        {
            return Ext(Asn1LengthMismatch, "certificatePolicies is empty", at);
        }

        var parseRet = 0;
        while (p < end)
        {
            at = p;
            ret = MbedTlsAsn1.GetTag(_b, ref p, end, out len, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
            if (ret != 0)
            {
                return Ext(ret, $"PolicyInformation: {MbedTlsParseContext.Describe(ret)}", at);
            }

            var policyEnd = p + len;
            ret = MbedTlsAsn1.GetTag(_b, ref p, policyEnd, out len, MbedTlsAsn1.Oid);
            if (ret != 0)
            {
                return Ext(ret, $"policyIdentifier: {MbedTlsParseContext.Describe(ret)}", p);
            }

            var policy = MbedTlsOid.Decode(_b.AsSpan(p, len));
            crt.CertificatePolicies.Add(policy);
            if (policy != AnyPolicy)
            {
                parseRet = X509FeatureUnavailable;
                _unsupportedPolicy ??= policy;
            }
            p += len;
            if (p < policyEnd)
            {
                at = p;
                ret = MbedTlsAsn1.GetTag(_b, ref p, policyEnd, out len, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
                if (ret != 0)
                {
                    return Ext(ret, $"policyQualifiers: {MbedTlsParseContext.Describe(ret)}", at);
                }

                p += len;
            }
            if (p != policyEnd)
            {
                return Ext(Asn1LengthMismatch, "bytes after policyQualifiers", p);
            }
        }
        return p != end ? Ext(Asn1LengthMismatch, "bytes after the last policy", p) : parseRet;
    }

    private int BasicConstraints(ref int p, int end)
    {
        var at = p;
        var ret = MbedTlsAsn1.GetTag(_b, ref p, end, out _, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
        if (ret != 0)
        {
            return Ext(ret, $"basicConstraints SEQUENCE: {MbedTlsParseContext.Describe(ret)}", at);
        }

        if (p == end)
        {
            return 0;
        }

        at = p;
        ret = MbedTlsAsn1.GetBool(_b, ref p, end, out var ca);
        if (ret != 0)
        {
            // Some issuers wrote cA as an INTEGER; Mbed TLS accepts that.
            var caInt = 0;
            if (ret == Asn1UnexpectedTag)
            {
                ret = c.Asn1.GetInt(_b, ref p, end, out caInt);
            }

            if (ret != 0)
            {
                return Ext(ret, $"basicConstraints cA: {MbedTlsParseContext.Describe(ret)}", at);
            }

            ca = caInt != 0;
        }
        crt.CaIsTrue = ca;
        if (p == end)
        {
            return 0;
        }

        at = p;
        ret = c.Asn1.GetInt(_b, ref p, end, out var pathLen);
        if (ret != 0)
        {
            return Ext(ret, $"basicConstraints pathLenConstraint: {MbedTlsParseContext.Describe(ret)}", at);
        }

        if (p != end)
        {
            return Ext(Asn1LengthMismatch, "bytes after pathLenConstraint", p);
        }

        if (pathLen == int.MaxValue)
        {
            return Ext(Asn1InvalidLength, "pathLenConstraint is INT_MAX", at);
        }

        crt.MaxPathlen = pathLen + 1;
        return 0;
    }

    private int KeyUsage(ref int p, int end)
    {
        var at = p;
        var ret = MbedTlsAsn1.GetBitString(_b, ref p, end, out var start, out var length, out _);
        if (ret != 0)
        {
            return Ext(ret, $"keyUsage BIT STRING: {MbedTlsParseContext.Describe(ret)}", at);
        }

        if (length == 0 && !c.Behaviour.KeyUsageEmptyAllowed)
        {
            return Ext(Asn1InvalidLength, "keyUsage BIT STRING has no bits", at);
        }

        uint usage = 0;
        for (var i = 0; i < length && i < 4; i++)
        {
            usage |= (uint)_b[start + i] << (8 * i);
        }

        crt.KeyUsage = usage;
        return 0;
    }

    private int NsCertType(ref int p, int end)
    {
        var at = p;
        var ret = MbedTlsAsn1.GetBitString(_b, ref p, end, out var start, out var length, out _);
        if (ret != 0)
        {
            return Ext(ret, $"nsCertType BIT STRING: {MbedTlsParseContext.Describe(ret)}", at);
        }

        if (length == 0 && c.Behaviour.NsCertTypeEmptyAllowed) { crt.NsCertType = 0; return 0; }
        if (length != 1)
        {
            return Ext(Asn1InvalidLength, $"nsCertType must be one octet, found {length}", at);
        }

        crt.NsCertType = _b[start];
        return 0;
    }

    private int ExtKeyUsage(ref int p, int end)
    {
        var at = p;
        var items = new List<Asn1Buf>();
        var ret = MbedTlsAsn1.GetSequenceOf(_b, ref p, end, MbedTlsAsn1.Oid, items);
        if (ret != 0)
        {
            return Ext(ret, $"extKeyUsage: {MbedTlsParseContext.Describe(ret)}", at);
        }

        if (items.Count == 0)
        {
            return Ext(Asn1InvalidLength, "extKeyUsage is empty", at);
        }

        crt.ExtKeyUsage.AddRange(items.Select(i => MbedTlsOid.Decode(i.Span(_b))));
        return 0;
    }

    private int SubjectKeyId(ref int p, int end)
    {
        var at = p;
        var ret = MbedTlsAsn1.GetTag(_b, ref p, end, out var len, MbedTlsAsn1.OctetString);
        if (ret != 0)
        {
            return Ext(ret, $"subjectKeyIdentifier: {MbedTlsParseContext.Describe(ret)}", at);
        }

        crt.SubjectKeyId = _b.AsSpan(p, len).ToArray();
        p += len;
        return p != end ? Ext(Asn1LengthMismatch, "bytes after subjectKeyIdentifier", p) : 0;
    }

    private int AuthorityKeyId(ref int p, int end)
    {
        var at = p;
        var ret = MbedTlsAsn1.GetTag(_b, ref p, end, out var len, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
        if (ret != 0)
        {
            return Ext(ret, $"authorityKeyIdentifier SEQUENCE: {MbedTlsParseContext.Describe(ret)}", at);
        }

        if (p + len != end)
        {
            return Ext(Asn1LengthMismatch, "authorityKeyIdentifier SEQUENCE does not fill extnValue", at);
        }

        at = p;
        ret = MbedTlsAsn1.GetTag(_b, ref p, end, out len, MbedTlsAsn1.ContextSpecific);
        if (ret == 0)
        {
            crt.AuthorityKeyId = _b.AsSpan(p, len).ToArray();
            p += len;
        }
        else if (ret != Asn1UnexpectedTag)
        {
            return Ext(ret, $"authorityKeyIdentifier keyIdentifier: {MbedTlsParseContext.Describe(ret)}", at);
        }
        if (p < end)
        {
            at = p;
            ret = MbedTlsAsn1.GetTag(_b, ref p, end, out len, MbedTlsAsn1.ContextSpecific | MbedTlsAsn1.Constructed | 1);
            if (ret != 0)
            {
                return Ext(ret, $"authorityCertIssuer [1]: {MbedTlsParseContext.Describe(ret)}", at);
            }

            ret = GeneralNames(ref p, p + len, null);
            if (ret != 0)
            {
                return ret;
            }

            at = p;
            ret = MbedTlsAsn1.GetTag(_b, ref p, end, out len, MbedTlsAsn1.ContextSpecific | 2);
            if (ret != 0)
            {
                return Ext(ret, $"authorityCertSerialNumber [2]: {MbedTlsParseContext.Describe(ret)}", at);
            }

            p += len;
        }
        return p != end ? Ext(Asn1LengthMismatch, "bytes after authorityKeyIdentifier", p) : 0;
    }

    private int SubjectAltName(ref int p, int end)
    {
        var at = p;
        var ret = MbedTlsAsn1.GetTag(_b, ref p, end, out var len, MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence);
        if (ret != 0)
        {
            return Ext(ret, $"subjectAltName SEQUENCE: {MbedTlsParseContext.Describe(ret)}", at);
        }

        if (p + len != end)
        {
            return Ext(Asn1LengthMismatch, "subjectAltName SEQUENCE does not fill extnValue", at);
        }

        return GeneralNames(ref p, end, crt.SubjectAltNames);
    }

    /// <summary>mbedtls_x509_get_subject_alt_name_ext: context-specific entries, each checked as far as the release checks them.</summary>
    private int GeneralNames(ref int p, int end, List<MbedTlsGeneralName>? keep)
    {
        while (p < end)
        {
            var at = p;
            var tag = _b[p++];
            var ret = MbedTlsAsn1.GetLen(_b, ref p, end, out var len);
            if (ret != 0)
            {
                return Ext(ret, $"GeneralName length: {MbedTlsParseContext.Describe(ret)}", at);
            }

            if ((tag & 0xC0) != MbedTlsAsn1.ContextSpecific)
            {
                return Ext(Asn1UnexpectedTag, $"GeneralName tag 0x{tag:X2} is not context-specific", at);
            }

            ret = new MbedTlsGeneralNameChecker(c, _path).Check(tag, p, len, at);
            if (ret != 0)
            {
                return ret;
            }
            // A release that checks no GeneralName (2.16) keeps only dNSName entries; later ones keep every entry.
            if (c.Behaviour.SanCheckedTypes.Count > 0 || tag == (MbedTlsAsn1.ContextSpecific | 2))
            {
                keep?.Add(new MbedTlsGeneralName(tag, _b.AsSpan(p, len).ToArray()));
            }

            p += len;
        }
        return p != end ? Ext(Asn1LengthMismatch, "bytes after the last GeneralName", p) : 0;
    }
}
