using CertLint.X509;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Security;
using BcAlgorithmIdentifier = Org.BouncyCastle.Asn1.X509.AlgorithmIdentifier;

namespace CertLint.Conversion;

public enum SignatureVerdict
{
    Verified,
    /// <summary>The candidate's key does not verify the signature: it is not the issuer.</summary>
    Invalid,
    /// <summary>Could not be checked (unknown algorithm, key BouncyCastle cannot load).</summary>
    Unchecked,
}

/// <summary>
/// Whether <c>issuer</c>'s public key verifies <c>subject</c>'s signature over its tbsCertificate bytes exactly as
/// encoded (BouncyCastle). This is what makes a name match an issuer link.
/// </summary>
public static class SignatureCheck
{
    public static (SignatureVerdict Verdict, string? Reason) Verify(Certificate subject, Certificate issuer)
    {
        if (issuer.PublicKey.Details.Key is not { } key)
        {
            return (SignatureVerdict.Unchecked, $"issuer key not usable: {issuer.PublicKey.Details.Error ?? "unsupported key type"}");
        }
        if (subject.Signature.UnusedBits != 0)
        {
            return (SignatureVerdict.Invalid, "signature BIT STRING has unused bits");
        }
        try
        {
            var algorithm = BcAlgorithmIdentifier.GetInstance(Asn1Object.FromByteArray(subject.SignatureAlgorithm.Encoded.ToArray()));
            var calculator = new Asn1VerifierFactory(algorithm, key).CreateCalculator();
            using (var stream = calculator.Stream)
            {
                stream.Write(subject.TbsEncoded.Span);
            }
            return calculator.GetResult().IsVerified(subject.Signature.Bytes.ToArray())
                ? (SignatureVerdict.Verified, null)
                : (SignatureVerdict.Invalid, "signature does not verify");
        }
        catch (Exception ex) when (ex is SecurityUtilityException or ArgumentException or InvalidOperationException or InvalidCastException or IOException or Asn1Exception or NotSupportedException or InvalidKeyException or Org.BouncyCastle.Crypto.CryptoException)
        {
            // A key of the wrong type for the algorithm (RSA key, ECDSA signature) is a mismatch, not an unknown.
            var wrongKeyType = ex is InvalidCastException or InvalidKeyException;
            return wrongKeyType
                ? (SignatureVerdict.Invalid, "issuer key type does not match the signature algorithm")
                : (SignatureVerdict.Unchecked, $"{subject.SignatureAlgorithm.Name}: {ex.Message.TrimEnd('.')}");
        }
    }
}
