using System.Formats.Asn1;
using System.Security.Cryptography;
using CertLint.Asn1;
using CertLint.Input;

namespace CertLint.Tests.Input;

/// <summary>
/// BER inputs decode, and every DER violation is reported with a code, a path and the offset of the offending
/// header, checked against the file's own bytes (the tag and length octets found there).
/// </summary>
public class BerDiagnosticsTests
{
    private const byte IndefiniteLength = 0x80;

    [Fact]
    public void IndefiniteLengthCertificateDecodesAndReportsEachIndefiniteHeader()
    {
        var bytes = ContainerFixtures.Bytes("ber-cert-indefinite.der");
        var result = ContainerFixtures.Decode("ber-cert-indefinite.der");

        Assert.Empty(result.Errors);
        Assert.Equal("BER", result.Encoding);
        var certificate = Assert.Single(result.Certificates);
        var diagnostics = certificate.Diagnostics;
        Assert.Equal(["certificate", "signatureAlgorithm"], diagnostics.Select(d => d.Path));
        Assert.All(diagnostics, d =>
        {
            Assert.Equal(DiagnosticLevel.DerViolation, d.Level);
            Assert.Equal("der.indefinite-length", d.Code);
            Assert.Equal(IndefiniteLength, bytes[d.Offset + 1]);
        });
        Assert.Equal(2 + TbsLength(ContainerFixtures.Bytes("der-ec.der")), diagnostics[1].Offset);
    }

    [Fact]
    public void IndefiniteLengthCertificateKeepsTheSameTbsAndFieldsAsItsDer()
    {
        var ber = Assert.Single(ContainerFixtures.Decode("ber-cert-indefinite.der").Certificates).Certificate!;
        var der = Assert.Single(ContainerFixtures.Decode("der-ec.der").Certificates).Certificate!;

        Assert.True(ber.TbsEncoded.Span.SequenceEqual(der.TbsEncoded.Span));
        Assert.Equal(der.Subject.ToString(), ber.Subject.ToString());
        Assert.True(ber.Signature.Bytes.Span.SequenceEqual(der.Signature.Bytes.Span));
        // The fingerprint is of the bytes as found (what convert writes), not of a DER re-encoding.
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(ContainerFixtures.Bytes("ber-cert-indefinite.der"))), ber.Sha256);
    }

    [Fact]
    public void ConstructedStringsAreJoinedAndReportedWhereTheyAre()
    {
        var bytes = ContainerFixtures.Bytes("ber-cert-constructed.der");
        var der = Assert.Single(ContainerFixtures.Decode("der-ec.der").Certificates).Certificate!;
        var result = ContainerFixtures.Decode("ber-cert-constructed.der");

        Assert.Empty(result.Errors);
        var item = Assert.Single(result.Certificates);
        var certificate = item.Certificate!;
        Assert.Equal(der.Subject.ToString(), certificate.Subject.ToString());
        Assert.True(der.Signature.Bytes.Span.SequenceEqual(certificate.Signature.Bytes.Span));
        var constructed = item.Diagnostics.Where(d => d.Code == "der.constructed-string").ToList();
        Assert.Equal(2, constructed.Count);
        Assert.EndsWith(".value", constructed[0].Path);
        Assert.StartsWith("tbsCertificate.subject.", constructed[0].Path);
        Assert.Equal(0x2C, bytes[constructed[0].Offset]);   // constructed UTF8String
        Assert.Equal("signatureValue", constructed[1].Path);
        Assert.Equal(0x23, bytes[constructed[1].Offset]);   // constructed BIT STRING
        Assert.All(item.Diagnostics.Where(d => d.Code == "der.indefinite-length"), d => Assert.Equal(IndefiniteLength, bytes[d.Offset + 1]));
        Assert.Contains(item.Diagnostics, d => d.Path == "tbsCertificate" && d.Offset == 2);
    }

    [Fact]
    public void NonMinimalLengthIsReportedAtTheOuterHeader()
    {
        var bytes = ContainerFixtures.Bytes("ber-cert-long-length.der");
        var item = Assert.Single(ContainerFixtures.Decode("ber-cert-long-length.der").Certificates);

        var diagnostic = Assert.Single(item.Diagnostics);
        Assert.Equal(("der.length-not-minimal", "certificate", 0), (diagnostic.Code, diagnostic.Path, diagnostic.Offset));
        Assert.Equal(0x84, bytes[1]);
    }

    [Theory]
    [InlineData("p7b-ber-indefinite.p7b")]
    [InlineData("p7b-ber-with-crls.p7b")]
    [InlineData("cms-signed-stream.p7s")]
    public void IndefiniteLengthPkcs7ReportsItsHeadersAndLeavesTheDerCertificatesClean(string file)
    {
        var bytes = ContainerFixtures.Bytes(file);
        var result = ContainerFixtures.Decode(file);

        Assert.Empty(result.Errors);
        Assert.Equal("BER", result.Encoding);
        var pkcs7 = result.Objects[0];
        Assert.Equal(ObjectKind.Pkcs7, pkcs7.Kind);
        Assert.Contains(pkcs7.Diagnostics, d => d.Path == "contentInfo" && d.Offset == 0);
        Assert.All(pkcs7.Diagnostics, d =>
        {
            Assert.Equal("der.indefinite-length", d.Code);
            Assert.Equal(IndefiniteLength, bytes[d.Offset + 1]);
        });
        Assert.All(result.Certificates, c => Assert.Empty(c.Diagnostics));
        Assert.Equal(ContainerFixtures.OpensslSha256s(file), result.Certificates.Select(c => c.Certificate!.Sha256));
    }

    [Fact]
    public void BerInsidePemArmourHasTheDiagnosticsOfTheSameBytesInBinary()
    {
        var armoured = ContainerFixtures.Decode("p7b-ber-pem.p7b");
        var binary = ContainerFixtures.Decode("p7b-ber-indefinite.p7b");

        Assert.Empty(armoured.Errors);
        Assert.Equal("PKCS7", armoured.Objects[0].Origin.PemLabel);
        Assert.NotEmpty(armoured.Objects[0].Diagnostics);
        Assert.Equal(binary.Objects[0].Diagnostics, armoured.Objects[0].Diagnostics);
        Assert.Equal(binary.Certificates.Select(c => c.Origin.InnerOffset), armoured.Certificates.Select(c => c.Origin.InnerOffset));
    }

    [Fact]
    public void DerInputHasNoDiagnostics()
    {
        var result = ContainerFixtures.Decode("p7b-with-crls.p7b");

        Assert.Equal("DER", result.Encoding);
        Assert.All(result.Objects, o => Assert.Empty(o.Diagnostics));
    }

    private static int TbsLength(byte[] der)
    {
        AsnDecoder.ReadEncodedValue(der, AsnEncodingRules.DER, out var contentOffset, out _, out _);
        AsnDecoder.ReadEncodedValue(der.AsSpan(contentOffset), AsnEncodingRules.DER, out _, out _, out var tbsLength);
        return tbsLength;
    }
}
