using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace CertLint.Tls.Handshake;

/// <summary>
/// A throwaway certificate and key for the peer server when a client certificate is checked: the server must
/// authenticate itself with the suite too, but nothing about it is being judged. Made once per process.
/// </summary>
internal sealed record PeerIdentity(Material.CertificateFacts Certificate, AsymmetricKeyParameter PrivateKey)
{
    private static readonly Lazy<PeerIdentity> Ec = new(() => Make(NewEcKey(), "SHA256WITHECDSA"));
    private static readonly Lazy<PeerIdentity> Rsa = new(() => Make(NewRsaKey(), "SHA256WITHRSA"));

    public static PeerIdentity For(Suites.KeyExchange kx) => kx switch
    {
        Suites.KeyExchange.Rsa or Suites.KeyExchange.RsaPsk or Suites.KeyExchange.DheRsa or Suites.KeyExchange.EcdheRsa => Rsa.Value,
        _ => Ec.Value,
    };

    private static AsymmetricCipherKeyPair NewEcKey()
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(Org.BouncyCastle.Asn1.Sec.SecObjectIdentifiers.SecP256r1, new SecureRandom()));
        return generator.GenerateKeyPair();
    }

    private static AsymmetricCipherKeyPair NewRsaKey()
    {
        var generator = new RsaKeyPairGenerator();
        generator.Init(new RsaKeyGenerationParameters(BigInteger.ValueOf(65537), new SecureRandom(), 2048, 80));
        return generator.GenerateKeyPair();
    }

    private static PeerIdentity Make(AsymmetricCipherKeyPair pair, string algorithm)
    {
        var name = new X509Name("CN=CertLint handshake peer");
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(BigInteger.One);
        generator.SetIssuerDN(name);
        generator.SetSubjectDN(name);
        generator.SetNotBefore(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        generator.SetNotAfter(new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        generator.SetPublicKey(pair.Public);
        generator.AddExtension(X509Extensions.KeyUsage, true,
            new KeyUsage(KeyUsage.DigitalSignature | KeyUsage.KeyEncipherment | KeyUsage.KeyAgreement));
        var certificate = generator.Generate(new Asn1SignatureFactory(algorithm, pair.Private, new SecureRandom()));
        var model = X509.CertificateDecoder.Decode(certificate.GetEncoded()).Certificate!;
        return new PeerIdentity(Material.CertificateFacts.Of(model), pair.Private);
    }
}
