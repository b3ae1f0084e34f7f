using CertLint.X509;
using Org.BouncyCastle.X509;

namespace CertLint.Rules.Engine;

/// <summary>Whether an issuer's public key verifies a certificate's signature (BouncyCastle does the algorithm work).</summary>
public static class SignatureCheck
{
    public static bool Verifies(Certificate certificate, Certificate issuer)
    {
        if (issuer.PublicKey.Details.Key is not { } key)
        {
            return false;
        }
        try
        {
            var parsed = new X509CertificateParser().ReadCertificate(certificate.Encoded.ToArray());
            return parsed is not null && parsed.IsSignatureValid(key);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Unparseable by BouncyCastle or an unsupported algorithm: not a verified issuer.
            return false;
        }
    }
}
