using CertLint.X509;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.X509;

namespace CertLint.Tests.X509;

/// <summary>
/// The native fast path of signature checks hashes the signed bytes itself and verifies the hash: it must say yes for
/// every algorithm it takes, and never for a changed certificate or another key (BouncyCastle decides those).
/// </summary>
public sealed class NativeSignatureTests
{
    public static TheoryData<string, string> Algorithms() => new()
    {
        { "SHA256WITHECDSA", "P-256" }, { "SHA384WITHECDSA", "P-384" }, { "SHA512WITHECDSA", "P-256" },
        { "SHA256WITHRSA", "RSA" }, { "SHA384WITHRSA", "RSA" }, { "SHA512WITHRSA", "RSA" },
    };

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void VerifiesWhatItsIssuerSignedAndNothingElse(string algorithm, string keyType)
    {
        var keys = new SeededKeys(20261207);
        var issuerKeys = Keys(keys, keyType);
        var otherKeys = Keys(keys, keyType);
        var issuer = Make(issuerKeys, issuerKeys, algorithm, "CN=Issuer");
        var other = Make(otherKeys, otherKeys, algorithm, "CN=Issuer");
        var leaf = Make(Keys(keys, keyType), issuerKeys, algorithm, "CN=Leaf");

        Assert.True(NativeSignature.Verifies(leaf, issuer));
        Assert.True(NativeSignature.Verifies(issuer, issuer));
        Assert.False(NativeSignature.Verifies(leaf, other));
        var changed = leaf.Encoded.ToArray();
        changed[leaf.TbsLocation.Offset + leaf.TbsLocation.Length - 40] ^= 0x01;
        Assert.False(NativeSignature.Verifies(CertificateDecoder.Decode(changed).Certificate!, issuer));
    }

    private static AsymmetricCipherKeyPair Keys(SeededKeys keys, string type)
    {
        if (type == "RSA")
        {
            var rsa = new RsaKeyPairGenerator();
            rsa.Init(new RsaKeyGenerationParameters(BigInteger.ValueOf(65537), keys.Random, 2048, 80));
            return rsa.GenerateKeyPair();
        }
        var ec = new ECKeyPairGenerator();
        var curve = type == "P-384" ? Org.BouncyCastle.Asn1.Sec.SecObjectIdentifiers.SecP384r1 : Org.BouncyCastle.Asn1.X9.X9ObjectIdentifiers.Prime256v1;
        ec.Init(new ECKeyGenerationParameters(curve, keys.Random));
        return ec.GenerateKeyPair();
    }

    private static Certificate Make(AsymmetricCipherKeyPair subject, AsymmetricCipherKeyPair issuer, string algorithm, string name)
    {
        var g = new X509V3CertificateGenerator();
        g.SetSerialNumber(BigInteger.ValueOf(0x1234567890));
        g.SetIssuerDN(new X509Name("CN=Issuer"));
        g.SetSubjectDN(new X509Name(name));
        g.SetNotBefore(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        g.SetNotAfter(new DateTime(2035, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        g.SetPublicKey(subject.Public);
        g.AddExtension(X509Extensions.BasicConstraints, true, new Org.BouncyCastle.Asn1.X509.BasicConstraints(true));
        return CertificateDecoder.Decode(g.Generate(new Asn1SignatureFactory(algorithm, issuer.Private)).GetEncoded()).Certificate!;
    }
}
