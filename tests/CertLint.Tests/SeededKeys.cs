using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace CertLint.Tests;

/// <summary>P-256 key pairs from a seeded generator, so tests that make certificates make the same ones on every run.</summary>
internal sealed class SeededKeys(int seed)
{
    public SecureRandom Random { get; } = Seeded(seed);

    private static SecureRandom Seeded(int seed)
    {
        var random = new SecureRandom(new Org.BouncyCastle.Crypto.Prng.DigestRandomGenerator(new Org.BouncyCastle.Crypto.Digests.Sha256Digest()));
        random.SetSeed(seed);
        return random;
    }

    public AsymmetricCipherKeyPair Next()
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(Org.BouncyCastle.Asn1.X9.X9ObjectIdentifiers.Prime256v1, Random));
        return generator.GenerateKeyPair();
    }
}
