using System.Security.Cryptography;
using System.Text;
using CertLint.X509;
using System.Formats.Asn1;
using CertLint.Asn1;

namespace CertLint.Conversion;

/// <summary>
/// The <c>--annotate</c> comment lines written above PEM blocks. Names come from the certificate, so anything but
/// printable ASCII is escaped: a crafted subject must not be able to end the comment line and forge a PEM block.
/// </summary>
public static class Annotation
{
    public static string ForCertificate(Certificate certificate) =>
        $"# subject={Escape(certificate.Subject.ToString())} issuer={Escape(certificate.Issuer.ToString())} sha256={certificate.Sha256}";

    public static string ForCrl(ReadOnlyMemory<byte> encoded)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(encoded.Span));
        return CrlIssuer(encoded) is { } issuer ? $"# crl issuer={Escape(issuer)} sha256={sha256}" : $"# crl sha256={sha256}";
    }

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is >= 0x20 and < 0x7f)
            {
                sb.Append((char)rune.Value);
            }
            else
            {
                sb.Append(rune.Value <= 0xffff ? $"\\u{rune.Value:x4}" : $"\\U{rune.Value:x8}");
            }
        }
        return sb.ToString();
    }

    /// <summary>CertificateList: tbsCertList { version OPTIONAL, signature, issuer, ... }, read the same way as certificate names.</summary>
    private static string? CrlIssuer(ReadOnlyMemory<byte> encoded)
    {
        try
        {
            var top = new AsnCursor(encoded, "crl", []);
            var tbs = top.EnterSequence("crl", out _).EnterSequence("tbsCertList", out _);
            if (tbs.NextIs(Asn1Tag.Integer))
            {
                tbs.Read("tbsCertList.version");
            }
            tbs.Read("tbsCertList.signature", Asn1Tag.Sequence);
            return DistinguishedName.Read(tbs, "tbsCertList.issuer").ToString();
        }
        catch (Exception ex) when (ex is Asn1DecodeException or AsnContentException)
        {
            return null;
        }
    }
}
