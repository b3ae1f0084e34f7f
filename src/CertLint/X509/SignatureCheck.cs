using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;
using BcAlgorithmIdentifier = Org.BouncyCastle.Asn1.X509.AlgorithmIdentifier;

namespace CertLint.X509;

/// <summary>What a signature covers and is: the TBS bytes exactly as encoded, the outer algorithm and the signature value.</summary>
public readonly record struct SignedData(AlgorithmIdentifier Algorithm, ReadOnlyMemory<byte> Tbs, CertLint.Asn1.BitStringValue Signature)
{
    public static SignedData Of(Certificate certificate) => new(certificate.SignatureAlgorithm, certificate.TbsEncoded, certificate.Signature);
}

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
    /// <summary>Largest RSA modulus whose signatures are checked: Mbed TLS's default MBEDTLS_MPI_MAX_SIZE (1024 bytes).</summary>
    public const int MaxRsaModulusBits = 8192;

    /// <summary>Largest RSA public exponent checked (FIPS 186-4 B.3.1 caps e below 2^256; real keys use 65537).</summary>
    public const int MaxRsaExponentBits = 256;

    public static (SignatureVerdict Verdict, string? Reason) Verify(Certificate subject, Certificate issuer) =>
        Verify(SignedData.Of(subject), issuer);

    /// <summary>The same check for any signed structure (a certificate or a CRL): its TBS bytes, algorithm and signature.</summary>
    public static (SignatureVerdict Verdict, string? Reason) Verify(SignedData subject, Certificate issuer)
    {
        // Sizes are checked before any key is built or any arithmetic is done: one RSA verification costs time in
        // proportion to the exponent's bits times the modulus' bits squared (a 16384-bit modulus with a 16384-bit
        // exponent took seconds per signature).
        if (TooLarge(issuer.PublicKey.Details) is { } tooLarge)
        {
            return (SignatureVerdict.Unchecked, tooLarge);
        }
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
            var algorithm = BcAlgorithmIdentifier.GetInstance(Asn1Object.FromByteArray(subject.Algorithm.Encoded.ToArray()));
            if (algorithm.Algorithm.Equals(PkcsObjectIdentifiers.IdRsassaPss))
            {
                return VerifyPss(subject, algorithm, key);
            }
            var calculator = new Asn1VerifierFactory(algorithm, key).CreateCalculator();
            using (var stream = calculator.Stream)
            {
                stream.Write(subject.Tbs.Span);
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
                : (SignatureVerdict.Unchecked, $"{subject.Algorithm.Name}: {ex.Message.TrimEnd('.')}");
        }
    }

    /// <summary>Why a key is too large to check signatures with, or null.</summary>
    public static string? TooLarge(PublicKeyDetails key)
    {
        if (key.RsaModulus is { } n && n.GetBitLength() > MaxRsaModulusBits)
        {
            return $"issuer RSA key of {n.GetBitLength()} bits is over the {MaxRsaModulusBits}-bit limit (Mbed TLS's default): signature not checked";
        }
        if (key.RsaExponent is { } e && e.GetBitLength() > MaxRsaExponentBits)
        {
            return $"issuer RSA public exponent of {e.GetBitLength()} bits is over the {MaxRsaExponentBits}-bit limit: signature not checked";
        }
        return null;
    }

    /// <summary>
    /// RSASSA-PSS exactly as its parameters say (RFC 4055): the hash for the message and for H, MGF1 with its own
    /// hash, the salt length, trailer field 1. (BouncyCastle's generic verifier ignores the MGF1 hash and salt.)
    /// </summary>
    private static (SignatureVerdict, string?) VerifyPss(SignedData subject, BcAlgorithmIdentifier algorithm, AsymmetricKeyParameter key)
    {
        if (key is not RsaKeyParameters)
        {
            return (SignatureVerdict.KeyTypeMismatch, "issuer key type does not match the signature algorithm");
        }
        var pss = algorithm.Parameters is null ? RsassaPssParameters.GetInstance(DerSequence.Empty) : RsassaPssParameters.GetInstance(algorithm.Parameters);
        if (!pss.MaskGenAlgorithm.Algorithm.Equals(PkcsObjectIdentifiers.IdMgf1))
        {
            return (SignatureVerdict.Unchecked, $"RSASSA-PSS mask generation function {pss.MaskGenAlgorithm.Algorithm.Id} is not MGF1");
        }
        if (pss.TrailerField.IntValueExact != 1)
        {
            return (SignatureVerdict.Unchecked, $"RSASSA-PSS trailer field {pss.TrailerField} (only 1 is defined)");
        }
        var mgfHash = BcAlgorithmIdentifier.GetInstance(pss.MaskGenAlgorithm.Parameters);
        var signer = new PssSigner(new RsaBlindedEngine(), DigestUtilities.GetDigest(pss.HashAlgorithm.Algorithm),
            DigestUtilities.GetDigest(mgfHash.Algorithm), pss.SaltLength.IntValueExact);
        signer.Init(false, key);
        var tbs = subject.Tbs.ToArray();
        signer.BlockUpdate(tbs, 0, tbs.Length);
        return signer.VerifySignature(subject.Signature.Bytes.ToArray())
            ? (SignatureVerdict.Verified, null)
            : (SignatureVerdict.Invalid, "signature does not verify");
    }
}
