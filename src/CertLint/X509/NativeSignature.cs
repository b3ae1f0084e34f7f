using System.Security.Cryptography;

namespace CertLint.X509;

/// <summary>
/// The fast path of <see cref="SignatureCheck"/>: ECDSA and RSA PKCS#1 v1.5 with SHA-256/384/512, verified by .NET's
/// native crypto (OpenSSL on Linux), about ten times faster than BouncyCastle. Only a positive answer is taken:
/// when the native check says no (or cannot say), BouncyCastle decides, so the verdict is BouncyCastle's whenever they
/// could differ. Only the exact DER algorithm identifiers below qualify (ECDSA without parameters, RSA with NULL).
/// </summary>
internal static class NativeSignature
{
    private static readonly (byte[] Encoded, HashAlgorithmName Hash, bool Ecdsa)[] Algorithms =
    [
        (Convert.FromHexString("300A06082A8648CE3D040302"), HashAlgorithmName.SHA256, true),
        (Convert.FromHexString("300A06082A8648CE3D040303"), HashAlgorithmName.SHA384, true),
        (Convert.FromHexString("300A06082A8648CE3D040304"), HashAlgorithmName.SHA512, true),
        (Convert.FromHexString("300D06092A864886F70D01010B0500"), HashAlgorithmName.SHA256, false),
        (Convert.FromHexString("300D06092A864886F70D01010C0500"), HashAlgorithmName.SHA384, false),
        (Convert.FromHexString("300D06092A864886F70D01010D0500"), HashAlgorithmName.SHA512, false),
    ];

    /// <summary>
    /// Imported issuer keys by the issuer's sha256, per thread (a key object is not shared between threads), bounded:
    /// cleared when it grows past 256 issuers.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<string, AsymmetricAlgorithm?>? _keys;

    /// <summary>True when the native check verifies the signature; false means "not shown here", never "invalid".</summary>
    public static bool Verifies(Certificate subject, Certificate issuer) => Verifies(SignedData.Of(subject), issuer);

    public static bool Verifies(SignedData subject, Certificate issuer)
    {
        // Huge RSA keys (and exponents) are slow math for any library; they are left to the checks that bound them.
        if (issuer.PublicKey.Details is { Type: KeyType.Rsa, SizeBits: > 8192 } || issuer.PublicKey.Details.RsaExponent is { } e && e.GetBitLength() > 64)
        {
            return false;
        }
        var algorithm = subject.Algorithm.Encoded.Span;
        foreach (var (encoded, hash, ecdsa) in Algorithms)
        {
            if (!algorithm.SequenceEqual(encoded))
            {
                continue;
            }
            try
            {
                var key = KeyOf(issuer, ecdsa);
                var signature = subject.Signature.Bytes.Span;
                // Hashed here and the hash verified: VerifyData costs some 9 µs more per ECDSA P-256 signature (81 against
                // 72 µs measured), a tenth of a bundle's signature checks.
                Span<byte> digest = stackalloc byte[64];
                var length = Digest(hash, subject.Tbs.Span, digest);
                return key switch
                {
                    ECDsa ec when ecdsa => ec.VerifyHash(digest[..length], signature, DSASignatureFormat.Rfc3279DerSequence),
                    RSA rsa when !ecdsa => rsa.VerifyHash(digest[..length], signature, hash, RSASignaturePadding.Pkcs1),
                    _ => false,
                };
            }
            catch (Exception ex) when (ex is CryptographicException or PlatformNotSupportedException or NotSupportedException or ArgumentException)
            {
                return false;
            }
        }
        return false;
    }

    private static int Digest(HashAlgorithmName hash, ReadOnlySpan<byte> data, Span<byte> into) =>
        hash == HashAlgorithmName.SHA256 ? SHA256.HashData(data, into)
        : hash == HashAlgorithmName.SHA384 ? SHA384.HashData(data, into)
        : SHA512.HashData(data, into);

    private static AsymmetricAlgorithm? KeyOf(Certificate issuer, bool ecdsa)
    {
        var keys = _keys ??= new Dictionary<string, AsymmetricAlgorithm?>(StringComparer.Ordinal);
        var id = issuer.Sha256 + (ecdsa ? ":ec" : ":rsa");
        if (keys.TryGetValue(id, out var known))
        {
            return known;
        }
        if (keys.Count >= 256)
        {
            foreach (var old in keys.Values)
            {
                old?.Dispose();
            }
            keys.Clear();
        }
        AsymmetricAlgorithm? key = ecdsa ? ECDsa.Create() : RSA.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(issuer.PublicKey.Encoded.Span, out _);
        }
        catch (Exception ex) when (ex is CryptographicException or PlatformNotSupportedException or NotSupportedException or ArgumentException)
        {
            // A curve or key the platform does not support: BouncyCastle decides.
            key.Dispose();
            key = null;
        }
        keys[id] = key;
        return key;
    }
}
