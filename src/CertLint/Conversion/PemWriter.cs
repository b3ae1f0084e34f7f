using System.Text;

namespace CertLint.Conversion;

/// <summary>
/// Standard PEM (RFC 7468 strict form): 64-column base64 of the bytes exactly as read, LF line ends, nothing
/// between blocks unless annotations are asked for.
/// </summary>
public static class PemWriter
{
    public const int Columns = 64;

    public static void AppendBlock(StringBuilder text, string label, ReadOnlySpan<byte> encoded)
    {
        text.Append("-----BEGIN ").Append(label).Append("-----\n");
        var base64 = Convert.ToBase64String(encoded);
        for (var start = 0; start < base64.Length; start += Columns)
        {
            text.Append(base64, start, Math.Min(Columns, base64.Length - start)).Append('\n');
        }
        text.Append("-----END ").Append(label).Append("-----\n");
    }

    public static byte[] Certificates(IReadOnlyList<BundleCertificate> certificates, IReadOnlyList<BundleCrl> crls, bool annotate)
    {
        var text = new StringBuilder(certificates.Sum(c => c.Encoded.Length) * 14 / 10 + 64);
        foreach (var certificate in certificates)
        {
            if (annotate)
            {
                text.Append(Annotation.ForCertificate(certificate.Certificate)).Append('\n');
            }
            AppendBlock(text, "CERTIFICATE", certificate.Encoded.Span);
        }
        foreach (var crl in crls)
        {
            if (annotate)
            {
                text.Append(Annotation.ForCrl(crl.Encoded)).Append('\n');
            }
            AppendBlock(text, "X509 CRL", crl.Encoded.Span);
        }
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
