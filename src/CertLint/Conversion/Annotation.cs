using System.Formats.Asn1;
using System.Text;
using CertLint.Asn1;
using CertLint.IO;
using CertLint.X509;

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
        var sha256 = Fingerprint.Sha256Hex(encoded.Span);
        return CrlIssuer(encoded) is { } issuer ? $"# crl issuer={Escape(issuer)} sha256={sha256}" : $"# crl sha256={sha256}";
    }

    /// <summary>PEM comments stay 7-bit: the shared terminal escaping, with everything outside printable ASCII escaped too.</summary>
    public static string Escape(string text) => TerminalText.Escape(text, asciiOnly: true);

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
        catch (Exception ex) when (ex is Asn1DecodeException or AsnContentException or ElementLimitException)
        {
            return null;
        }
    }
}
