using CertLint.Input;

namespace CertLint.Tests.Input;

/// <summary>What a PKCS#7/CMS container yields: itself, then its certificates and CRLs in stored order, each linked to it.</summary>
public class Pkcs7ContainerTests
{
    [Fact]
    public void CertificatesAndCrlsFollowTheirContainerInStoredOrder()
    {
        var result = ContainerFixtures.Decode("p7b-with-crls.p7b");

        Assert.Equal(
            [ObjectKind.Pkcs7, ObjectKind.Certificate, ObjectKind.Certificate, ObjectKind.Certificate, ObjectKind.Crl, ObjectKind.Crl],
            result.Objects.Select(o => o.Kind));
        Assert.All(result.Objects.Skip(1), o =>
        {
            Assert.Equal(0, o.ParentIndex);
            Assert.Equal("PKCS#7", o.Origin.Container);
        });
        Assert.Equal([0, 1, 2], result.Certificates.Select(c => c.Origin.IndexInContainer));
        Assert.Equal([0, 1], result.Objects.Where(o => o.Kind == ObjectKind.Crl).Select(o => o.Origin.IndexInContainer));
    }

    [Fact]
    public void CrlsInsideThePkcs7AreTheCrlFixtureByteForByte()
    {
        var crl = ContainerFixtures.Bytes("crl.der");
        var result = ContainerFixtures.Decode("p7b-with-crls.p7b");

        var first = result.Objects.First(o => o.Kind == ObjectKind.Crl);
        Assert.True(first.Encoded.Span.SequenceEqual(crl));
    }

    [Fact]
    public void Pkcs7WithoutCertificatesIsOneObjectAndNoError()
    {
        var result = ContainerFixtures.Decode("p7b-empty.p7b");

        Assert.Empty(result.Errors);
        var only = Assert.Single(result.Objects);
        Assert.Equal(ObjectKind.Pkcs7, only.Kind);
    }

    [Fact]
    public void Pkcs7InCertificateArmourIsReadAsPkcs7AndSaysSo()
    {
        var result = ContainerFixtures.Decode("p7b-in-certificate-armour.pem");

        var container = result.Objects[0];
        Assert.Equal((ObjectKind.Pkcs7, "CERTIFICATE"), (container.Kind, container.Origin.PemLabel));
        Assert.Contains(container.Notes, n => n.Contains("PKCS#7", StringComparison.Ordinal) && n.Contains("CERTIFICATE", StringComparison.Ordinal));
        Assert.Equal(3, result.Certificates.Count());
    }

    [Theory]
    [InlineData("p7b-chain-pem.p7b")]
    [InlineData("p7b-signed-data-label.pem")]
    [InlineData("p7b-cms-label.pem")]
    [InlineData("p7b-in-certificate-armour.pem")]
    public void ArmouredPkcs7ItemsAreLocatedInsideTheDecodedBlock(string file)
    {
        var der = ContainerFixtures.Bytes("p7b-chain.p7b");
        var result = ContainerFixtures.Decode(file);

        Assert.True(result.Objects[0].Encoded.Span.SequenceEqual(der));
        Assert.All(result.Certificates, c =>
            Assert.True(der.AsSpan(c.Origin.InnerOffset!.Value, c.Origin.InnerLength!.Value).SequenceEqual(c.Encoded.Span)));
    }

    [Theory]
    [InlineData("p7b-duplicates.p7b", 5, 3)]
    [InlineData("p7b-two-chains.p7b", 6, 6)]
    [InlineData("p7b-missing-intermediate.p7b", 2, 2)]
    public void BundlesKeepEveryCertificateIncludingDuplicates(string file, int count, int distinct)
    {
        var shas = ContainerFixtures.Decode(file).Certificates.Select(c => c.Certificate!.Sha256).ToList();

        Assert.Equal(count, shas.Count);
        Assert.Equal(distinct, shas.Distinct().Count());
    }

    [Fact]
    public void SignedMessageYieldsTheCertificatesItCarries()
    {
        var leaf = Assert.Single(ContainerFixtures.Decode("der-ec.der").Certificates).Certificate!.Sha256;
        var result = ContainerFixtures.Decode("cms-signed.p7s");

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Certificates.Count());
        Assert.Contains(leaf, result.Certificates.Select(c => c.Certificate!.Sha256));
    }
}
