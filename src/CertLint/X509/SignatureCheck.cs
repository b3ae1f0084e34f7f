using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Security;
using BcAlgorithmIdentifier = Org.BouncyCastle.Asn1.X509.AlgorithmIdentifier;

namespace CertLint.X509;

public enum SignatureVerdict
{
    Verified,
    /// <summary>The candidate's key does not verify the signature: it is not the issuer.</summary>
    Invalid,
    /// <summary>The issuer's key is of another type than the signature algorithm needs (RSA key, ECDSA signature).</summary>
    KeyTypeMismatch,
    /// <summary>Could not be checked (unknown algorithm, key BouncyCastle cannot load).</summary>
    Unchecked,
}

/// <summary>
/// Whether <c>issuer</c>'s public key verifies <c>subject</c>'s signature over its tbsCertificate bytes exactly as
/// encoded (BouncyCastle; a positive answer from .NET's native crypto for ECDSA/RSA with SHA-2 is taken as is, see
/// <see cref="NativeSignature"/>): what makes a name match an issuer link for convert, the lint engine and the chain rules.
/// </summary>
public static class SignatureCheck
{
    public static (SignatureVerdict Verdict, string? Reason) Verify(Certificate subject, Certificate issuer)
    {
        // Fast path: a native "verified" for the common algorithms; anything else is BouncyCastle's verdict.
        if (NativeSignature.Verifies(subject, issuer))
        {
            return (SignatureVerdict.Verified, null);
        }
        if (issuer.PublicKey.Details.Key is not { } key)
        {
            return (SignatureVerdict.Unchecked, $"issuer key not usable: {issuer.PublicKey.Details.Error ?? "unsupported key type"}");
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
        catch (Exception ex) when (ex is SecurityUtilityException or GeneralSecurityException or ArgumentException or InvalidOperationException
            or InvalidCastException or IOException or Asn1Exception or NotSupportedException or Org.BouncyCastle.Crypto.CryptoException)
        {
            // A key of the wrong type for the algorithm (RSA key, ECDSA signature) is a mismatch, not an unknown.
            var wrongKeyType = ex is InvalidCastException or InvalidKeyException;
            return wrongKeyType
                ? (SignatureVerdict.KeyTypeMismatch, "issuer key type does not match the signature algorithm")
                : (SignatureVerdict.Unchecked, $"{subject.SignatureAlgorithm.Name}: {ex.Message.TrimEnd('.')}");
        }
    }
}
