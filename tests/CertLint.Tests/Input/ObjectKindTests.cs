using CertLint.Input;

namespace CertLint.Tests.Input;

/// <summary>Objects other than certificates are recognised by content, reported by kind, and carry their origin.</summary>
public class ObjectKindTests
{
    [Theory]
    [InlineData("pem-trusted-certificate.pem")]
    public void TrustedCertificateIsTheCertificateWithoutOpensslsTrustSettings(string file)
    {
        var result = ContainerFixtures.Decode(file);

        var item = Assert.Single(result.Objects);
        Assert.Equal(ObjectKind.Certificate, item.Kind);
        Assert.Contains(item.Notes, n => n.Contains("trust settings", StringComparison.Ordinal));
        Assert.Equal(ContainerFixtures.Sha256s(file), [item.Certificate!.Sha256]);
    }

    [Fact]
    public void LegacyEncryptedPemKeyIsRecognisedAndItsHeadersNoted()
    {
        var item = Assert.Single(ContainerFixtures.Decode("key-rsa-legacy-encrypted.pem").Objects);

        Assert.Equal(ObjectKind.RsaPrivateKey, item.Kind);
        Assert.Contains(item.Notes, n => n.Contains("Proc-Type", StringComparison.Ordinal));
    }

    [Fact]
    public void PemWithTwoKindsGivesBothInFileOrder()
    {
        var result = ContainerFixtures.Decode("key-ec-with-parameters.pem");

        Assert.Equal([ObjectKind.EcParameters, ObjectKind.EcPrivateKey], result.Objects.Select(o => o.Kind));
        Assert.Equal(["EC PARAMETERS", "EC PRIVATE KEY"], result.Objects.Select(o => o.Origin.PemLabel));
    }

    [Theory]
    [InlineData("key-pkcs8.der", "key-pkcs8.pem")]
    [InlineData("key-ec.der", "key-ec.pem")]
    [InlineData("csr.der", "csr.pem")]
    [InlineData("crl.der", "crl.pem")]
    public void DerAndPemOfTheSameObjectGiveTheSameKindAndBytes(string der, string pem)
    {
        var fromDer = Assert.Single(ContainerFixtures.Decode(der).Objects);
        var fromPem = Assert.Single(ContainerFixtures.Decode(pem).Objects);

        Assert.Equal(fromPem.Kind, fromDer.Kind);
        Assert.True(fromDer.Encoded.Span.SequenceEqual(fromPem.Encoded.Span));
    }

    [Fact]
    public void Base64WithoutArmourIsLocatedInsideTheDecodedBytes()
    {
        var der = ContainerFixtures.Bytes("der-ec.der");
        var result = ContainerFixtures.Decode("base64-lines.b64");

        var origin = Assert.Single(result.Objects).Origin;
        Assert.Equal(("base64", 0, der.Length), (origin.Encoding, origin.InnerOffset, origin.InnerLength));
        Assert.Equal(ContainerFixtures.Bytes("base64-lines.b64").Length, origin.FileLength);
    }

    [Fact]
    public void Pkcs12IsRecognisedWithoutItsPassword()
    {
        var result = ContainerFixtures.Decode("pkcs12-password.p12");

        Assert.Empty(result.Errors);
        Assert.Equal(ObjectKind.Pkcs12, Assert.Single(result.Objects).Kind);
    }

    [Fact]
    public void StreamAndFileGiveTheSameObjects()
    {
        using var stream = new MemoryStream(ContainerFixtures.Bytes("pem-utf16be-crlf.pem"));
        var fromStream = InputDecoder.DecodeStream("-", stream);
        var fromFile = ContainerFixtures.Decode("pem-utf16be-crlf.pem");

        Assert.Equal("-", fromStream.File);
        Assert.Equal(fromFile.Objects.Select(o => (o.Kind, o.Origin with { File = "-" })), fromStream.Objects.Select(o => (o.Kind, o.Origin)));
    }
}
