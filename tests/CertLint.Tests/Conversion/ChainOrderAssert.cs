using CertLint.Input;
using Org.BouncyCastle.X509;

namespace CertLint.Tests.Conversion;

/// <summary>Checks a written order with BouncyCastle's own certificate parser, independently of CertLint's chain builder.</summary>
public static class ChainOrderAssert
{
    /// <summary>Whenever a written certificate signed another one, it comes after it (and the first one signed nothing written).</summary>
    public static void IssuersComeAfterSubjects(byte[] output)
    {
        var decoded = InputDecoder.Decode("output", output);
        var certificates = decoded.Certificates.Select(c => new X509Certificate(c.Encoded.ToArray())).ToList();
        for (var i = 0; i < certificates.Count; i++)
        {
            for (var j = 0; j < certificates.Count; j++)
            {
                if (i != j && !certificates[i].Equals(certificates[j]) && Signed(certificates[j], certificates[i]))
                {
                    Assert.True(j > i, $"{certificates[j].SubjectDN} (written at {j}) signed {certificates[i].SubjectDN} (written at {i}) but comes before it");
                }
            }
        }
    }

    private static bool Signed(X509Certificate issuer, X509Certificate subject)
    {
        if (!issuer.SubjectDN.Equivalent(subject.IssuerDN))
        {
            return false;
        }
        try
        {
            subject.Verify(issuer.GetPublicKey());
            return true;
        }
        catch (Exception ex) when (ex is Org.BouncyCastle.Security.InvalidKeyException or Org.BouncyCastle.Security.Certificates.CertificateException or Org.BouncyCastle.Security.SignatureException or InvalidCastException)
        {
            return false;
        }
    }
}
