using CertLint.Input;
using CertLint.X509;

namespace CertLint.Tests.Rules.Crl;

/// <summary>The CRL decoder: every field with its exact byte range, as openssl shows them for fixtures/crl/good.der.</summary>
public class CrlDecoderTests
{
    private static CertificateList Decode(string fixture) =>
        InputDecoder.DecodeFile(Fixtures.Path("crl/" + fixture)).Objects.Single(o => o.Kind == ObjectKind.Crl).Crl
        ?? throw new InvalidOperationException(fixture + " does not decode");

    [Fact]
    public void FieldsAndOffsetsOfTheCleanCrl()
    {
        var bytes = Fixtures.Bytes("crl/good.der");
        var crl = Decode("good.der");
        Assert.Equal(1, crl.Version);
        Assert.Equal("C=DE, O=CertLint CRL Fixtures, CN=CertLint CRL CA", crl.Issuer.ToString());
        Assert.Equal("260101000000Z", crl.ThisUpdate.Encoded);
        Assert.Equal("260201000000Z", crl.NextUpdate!.Encoded);
        Assert.Equal(2, crl.Revoked.Count);
        Assert.Equal("1001", crl.Revoked[0].SerialHex);
        Assert.Equal("keyCompromise", crl.Revoked[0].Reason!.Name);
        Assert.Equal(42, (int)crl.CrlNumber!.Value);
        Assert.NotNull(crl.AuthorityKeyIdentifier?.KeyId);
        Assert.Empty(crl.Diagnostics);
        // Each location points at the field's own TLV in the file.
        Assert.Equal(0x17, bytes[crl.ThisUpdate.Location.Offset]);
        Assert.Equal(0x02, bytes[crl.Revoked[1].SerialNumberLocation.Offset]);
        Assert.Equal(0x03, bytes[crl.Signature.Location.Offset]);
        Assert.Equal(bytes.Length, crl.Encoded.Length);
        Assert.Equal(crl.TbsEncoded.ToArray(), bytes.AsSpan(crl.TbsLocation.Offset, crl.TbsLocation.Length).ToArray());
    }

    [Fact]
    public void PemAndPkcs7YieldTheSameCrlBytes()
    {
        var der = Fixtures.Bytes("crl/good.der");
        Assert.Equal(der, Decode("good.pem").Encoded.ToArray());
        Assert.Equal(der, Decode("good-bundle.p7b").Encoded.ToArray());
    }

    [Fact]
    public void AMalformedCrlSaysWhereItBroke()
    {
        var obj = InputDecoder.DecodeFile(Fixtures.Path("crl/bad-malformed.pem")).Objects.Single(o => o.Kind == ObjectKind.Crl);
        Assert.Null(obj.Crl);
        Assert.Equal("tbsCertList.revokedCertificates[0].revocationDate", obj.CrlResult!.Error!.Path);
    }

    [Fact]
    public void TheIssuingDistributionPointIsDecoded()
    {
        var idp = Decode("good-idp.der").IssuingDistributionPoint!;
        Assert.True(idp.OnlyContainsUserCerts);
        Assert.False(idp.IndirectCrl);
        Assert.Equal("URI:http://crl.example.test/ca.crl", Assert.Single(idp.FullName!).ToString());
        Assert.True(Decode("good-indirect.der").IssuingDistributionPoint!.IndirectCrl);
    }
}
