using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Digests;

namespace CertLint.X509;

/// <summary>
/// SHA-256 fingerprints. The first <see cref="HashedInManagedCode"/> of a process are hashed in managed code
/// (BouncyCastle): .NET's SHA256 loads the system's libssl and libcrypto and reads openssl.cnf on first use, a fixed
/// start-up cost (about a third of a one-certificate `lint` of the native binary) for a hash of a few hundred bytes.
/// Past that, a run hashing thousands of certificates uses the native hash (with the processor's SHA instructions,
/// several times faster; on a 10,000-certificate bundle the managed hash was some 80 ms of processor time).
/// </summary>
public static class Fingerprint
{
    private const int HashedInManagedCode = 256;
    private static int _hashed;

    /// <summary>Lowercase hex SHA-256 of <paramref name="data"/>.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> data) =>
        Sha256Hex(data, native: Volatile.Read(ref _hashed) >= HashedInManagedCode || Interlocked.Increment(ref _hashed) > HashedInManagedCode);

    internal static string Sha256Hex(ReadOnlySpan<byte> data, bool native)
    {
        Span<byte> hash = stackalloc byte[32];
        if (native)
        {
            SHA256.HashData(data, hash);
        }
        else
        {
            var digest = new Sha256Digest();
            digest.BlockUpdate(data);
            digest.DoFinal(hash);
        }
        return Convert.ToHexStringLower(hash);
    }
}
