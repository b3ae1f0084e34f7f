using Org.BouncyCastle.Crypto.Digests;

namespace CertLint.X509;

/// <summary>
/// SHA-256 fingerprints, hashed in managed code (BouncyCastle). .NET's SHA256 loads the system's libssl and libcrypto
/// and reads openssl.cnf on first use: a fixed start-up cost (about a third of a one-certificate `lint` of the native
/// binary) for a hash of a few hundred bytes.
/// </summary>
public static class Fingerprint
{
    /// <summary>Lowercase hex SHA-256 of <paramref name="data"/>.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> data)
    {
        var digest = new Sha256Digest();
        digest.BlockUpdate(data);
        Span<byte> hash = stackalloc byte[32];
        digest.DoFinal(hash);
        return Convert.ToHexStringLower(hash);
    }
}
