using static CertLint.Targets.MbedTls.MbedTlsErrorCodes;

namespace CertLint.Targets.MbedTls;

/// <summary>mbedtls_x509_get_sig_alg: the OID table of the build, then RSASSA-PSS parameters or NULL/absent ones.</summary>
internal sealed class MbedTlsSigAlgParser(MbedTlsParseContext c)
{
    private const string Mgf1 = "1.2.840.113549.1.1.8";
    private const string Path = "tbsCertificate.signature";

    public int Parse(Asn1Buf oid, Asn1Buf parameters, MbedTlsCertificate crt)
    {
        var oidText = c.OidText(oid);
        var entry = c.Target.Facts.SignatureAlgorithms.FirstOrDefault(e => e.Oid == oidText && c.Config.AllDefined(e.Requires));
        if (entry is null)
        {
            return c.Add(X509UnknownSigAlg, c.Target.UnknownOidCode,
                $"signature algorithm {oidText} is not supported by this build", Path + ".algorithm", oid.Offset);
        }

        crt.SigOid = oidText;
        crt.SigMd = entry.Md;
        crt.SigPk = entry.Pk;
        if (entry.Pk == "RSASSA_PSS" && c.Config.IsDefined("MBEDTLS_X509_RSASSA_PSS_SUPPORT"))
        {
            return PssParams(parameters, crt);
        }

        if ((parameters.Tag != MbedTlsAsn1.Null && parameters.Tag != 0) || parameters.Length != 0)
        {
            return c.Fail(X509InvalidAlg, $"parameters of {entry.Name} must be NULL or absent", Path + ".parameters", parameters.Offset);
        }

        return 0;
    }

    private int Alg(int low, string what, int at) => c.Add(X509InvalidAlg, low, what, Path + ".parameters", at);

    /// <summary>mbedtls_x509_get_rsassa_pss_params: [0] hash, [1] MGF1(hash), [2] salt, [3] trailer = 1.</summary>
    private int PssParams(Asn1Buf parameters, MbedTlsCertificate crt)
    {
        var b = c.B;
        string md = "SHA1", mgf = "SHA1";
        var salt = 20;
        if (parameters.Tag != (MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence))
        {
            return Alg(Asn1UnexpectedTag, "RSASSA-PSS parameters must be a SEQUENCE", parameters.Offset);
        }

        var p = parameters.Offset;
        var end = p + parameters.Length;
        var ret = 0;
        if (p < end)
        {
            ret = Explicit(ref p, end, 0, out var end2);
            if (ret == 0)
            {
                var at = p;
                ret = MbedTlsAsn1.GetAlg(b, ref p, end2, out var hashOid, out var hashParams);
                if (ret == 0 && ((hashParams.Tag != MbedTlsAsn1.Null && hashParams.Tag != 0) || hashParams.Length != 0))
                {
                    ret = Asn1InvalidData;
                }

                if (ret != 0)
                {
                    return Alg(ret, "RSASSA-PSS hashAlgorithm", at);
                }

                ret = Digest(hashOid, out md);
                if (ret != 0)
                {
                    return ret;
                }

                if (p != end2)
                {
                    return Alg(Asn1LengthMismatch, "bytes after hashAlgorithm", p);
                }
            }
            else if (ret != Asn1UnexpectedTag)
            {
                return Alg(ret, "RSASSA-PSS [0]", p);
            }
        }
        if (p < end)
        {
            ret = Explicit(ref p, end, 1, out var end2);
            if (ret == 0)
            {
                var at = p;
                ret = MbedTlsAsn1.GetAlg(b, ref p, end2, out var mgfOid, out var mgfParams);
                if (ret != 0)
                {
                    return Alg(ret, "RSASSA-PSS maskGenAlgorithm", at);
                }

                if (c.OidText(mgfOid) != Mgf1)
                {
                    return c.Add(X509FeatureUnavailable, c.Target.UnknownOidCode, $"mask generation function {c.OidText(mgfOid)} (only MGF1 is supported)", Path + ".parameters", at);
                }

                ret = HashAlg(mgfParams, out mgf);
                if (ret != 0)
                {
                    return ret;
                }

                if (p != end2)
                {
                    return Alg(Asn1LengthMismatch, "bytes after maskGenAlgorithm", p);
                }
            }
            else if (ret != Asn1UnexpectedTag)
            {
                return Alg(ret, "RSASSA-PSS [1]", p);
            }
        }
        if (p < end)
        {
            ret = Explicit(ref p, end, 2, out var end2);
            if (ret == 0)
            {
                ret = c.Asn1.GetInt(b, ref p, end2, out salt);
                if (ret != 0)
                {
                    return Alg(ret, "RSASSA-PSS saltLength", p);
                }

                if (p != end2)
                {
                    return Alg(Asn1LengthMismatch, "bytes after saltLength", p);
                }
            }
            else if (ret != Asn1UnexpectedTag)
            {
                return Alg(ret, "RSASSA-PSS [2]", p);
            }
        }
        if (p < end)
        {
            ret = Explicit(ref p, end, 3, out var end2);
            if (ret == 0)
            {
                ret = c.Asn1.GetInt(b, ref p, end2, out var trailer);
                if (ret != 0)
                {
                    return Alg(ret, "RSASSA-PSS trailerField", p);
                }

                if (p != end2)
                {
                    return Alg(Asn1LengthMismatch, "bytes after trailerField", p);
                }

                if (trailer != 1)
                {
                    return c.Fail(X509InvalidAlg, $"RSASSA-PSS trailerField {trailer} (must be 1)", Path + ".parameters", p);
                }
            }
            else if (ret != Asn1UnexpectedTag)
            {
                return Alg(ret, "RSASSA-PSS [3]", p);
            }
        }
        if (p != end)
        {
            return Alg(Asn1LengthMismatch, "bytes after the RSASSA-PSS parameters", p);
        }

        if (c.Behaviour.PssMgf1MustMatchHash && mgf != md)
        {
            return c.Fail(X509InvalidAlg, $"RSASSA-PSS MGF1 hash {mgf} differs from the signature hash {md}", Path + ".parameters", parameters.Offset);
        }

        crt.SigMd = md;
        crt.PssMgf1Md = mgf;
        crt.PssSaltLength = salt;
        crt.PssAnySalt = c.Behaviour.PssVerifyAnySalt;
        return 0;
    }

    private int Explicit(ref int p, int end, int n, out int inner)
    {
        var ret = MbedTlsAsn1.GetTag(c.B, ref p, end, out var len, MbedTlsAsn1.ContextSpecific | MbedTlsAsn1.Constructed | n);
        inner = p + len;
        return ret;
    }

    private int Digest(Asn1Buf oid, out string md)
    {
        var text = c.OidText(oid);
        var entry = c.Target.Facts.DigestAlgorithms.FirstOrDefault(d => d.Oid == text && c.Config.AllDefined(d.Requires));
        md = entry?.Md ?? "";
        return entry is null ? c.Add(X509InvalidAlg, c.Target.UnknownOidCode, $"hash {text} is not supported by this build", Path + ".parameters", oid.Offset) : 0;
    }

    /// <summary>x509_get_hash_alg: the MGF1 parameter, a hash AlgorithmIdentifier with NULL or absent parameters.</summary>
    private int HashAlg(Asn1Buf alg, out string md)
    {
        md = "";
        var b = c.B;
        if (alg.Tag != (MbedTlsAsn1.Constructed | MbedTlsAsn1.Sequence))
        {
            return Alg(Asn1UnexpectedTag, "MGF1 hash must be a SEQUENCE", alg.Offset);
        }

        var p = alg.Offset;
        var end = p + alg.Length;
        if (p >= end)
        {
            return Alg(Asn1OutOfData, "MGF1 hash is empty", alg.Offset);
        }

        var ret = MbedTlsAsn1.GetTag(b, ref p, end, out var len, MbedTlsAsn1.Oid);
        if (ret != 0)
        {
            return Alg(ret, "MGF1 hash OID", p);
        }

        var ret2 = Digest(new Asn1Buf(MbedTlsAsn1.Oid, p, len), out md);
        if (ret2 != 0)
        {
            return ret2;
        }

        p += len;
        if (p == end)
        {
            return 0;
        }

        ret = MbedTlsAsn1.GetTag(b, ref p, end, out len, MbedTlsAsn1.Null);
        if (ret != 0 || len != 0)
        {
            return Alg(ret, "MGF1 hash parameters must be NULL", p);
        }

        return p != end ? Alg(Asn1LengthMismatch, "bytes after the MGF1 hash", p) : 0;
    }
}
