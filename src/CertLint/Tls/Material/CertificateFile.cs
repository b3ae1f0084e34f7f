using Org.BouncyCastle.X509;

namespace CertLint.Tls.Material;

/// <summary>
/// Reads every certificate of a PEM, DER or PKCS#7 file, in file order, with BouncyCastle's parser.
/// </summary>
public static class CertificateFile
{
    public static IReadOnlyList<X509Certificate> Read(string file, byte[] bytes)
    {
        if (bytes.Length == 0)
            throw new TlsInputException(file, "file is empty (offset 0): expected a PEM, DER or PKCS#7 certificate");
        List<X509Certificate> certificates;
        try
        {
            certificates = new X509CertificateParser().ReadCertificates(bytes).ToList();
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or InvalidOperationException
            or Org.BouncyCastle.Security.Certificates.CertificateException or FormatException or InvalidCastException)
        {
            throw new TlsInputException(file, $"not a readable certificate: {OneLine(ex.Message)}");
        }
        if (certificates.Count == 0)
            throw new TlsInputException(file, "no certificate found (offset 0): expected a PEM CERTIFICATE block, DER or PKCS#7");
        return certificates;
    }

    internal static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
