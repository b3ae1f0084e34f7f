namespace CertLint.Tests.Conversion;

/// <summary>Conversions lose nothing: certificate bytes and order survive every hop.</summary>
public sealed class RoundTripTests : IDisposable
{
    private readonly ConvertKit.TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("containers/p7b-chain.p7b")]
    [InlineData("containers/p7b-ber-indefinite.p7b")]
    [InlineData("containers/p7b-shuffled.p7b")]
    [InlineData("containers/p7b-two-chains.p7b")]
    [InlineData("containers/p7b-duplicates.p7b")]
    public void P7bToPemToP7bToPemKeepsBytesAndOrder(string fixture)
    {
        var pem1 = _temp.File("1.pem");
        var p7b = _temp.File("2.p7b");
        var pem2 = _temp.File("3.pem");
        Assert.Equal(0, ConvertKit.Convert(Fixtures.Path(fixture), "-o", pem1).ExitCode);
        Assert.Equal(0, ConvertKit.Convert(pem1, "--to", "p7b", "-o", p7b).ExitCode);
        Assert.Equal(0, ConvertKit.Convert(p7b, "-o", pem2).ExitCode);

        Assert.Equal(File.ReadAllBytes(pem1), File.ReadAllBytes(pem2));
        Assert.Equal(ConvertKit.CertificateHashes(File.ReadAllBytes(pem1)), ConvertKit.CertificateHashes(File.ReadAllBytes(p7b)));
    }

    [Theory]
    [InlineData("containers/der-ec.der")]
    [InlineData("containers/der-rsa.der")]
    [InlineData("containers/ber-cert-indefinite.der")]
    [InlineData("containers/ber-cert-long-length.der")]
    [InlineData("containers/ber-cert-constructed.der")]
    public void DerToPemToDerIsByteIdentical(string fixture)
    {
        var pem = _temp.File("c.pem");
        var der = _temp.File("c.der");
        Assert.Equal(0, ConvertKit.Convert(Fixtures.Path(fixture), "-o", pem).ExitCode);
        Assert.Equal(0, ConvertKit.Convert(pem, "--to", "der", "-o", der).ExitCode);
        Assert.Equal(Fixtures.Bytes(fixture), File.ReadAllBytes(der));
    }

    [Fact]
    public void BerCertificateIsCopiedAsReadWithAWarning()
    {
        var result = ConvertKit.Convert(Fixtures.Path("containers/ber-cert-indefinite.der"));
        Assert.Equal(Fixtures.Bytes("containers/ber-cert-indefinite.der"), ConvertKit.PemCertificates(ConvertKit.Ascii(result.StdoutBytes)).Single());
        Assert.Contains("warning: 'server.example.test' is not DER (der.indefinite-length", result.Stderr);
    }

    [Theory]
    [InlineData("containers/p7b-chain.p7b", "p7b", "containers/p7b-chain.p7b")]
    [InlineData("containers/p7b-ber-indefinite.p7b", "p7b", "containers/p7b-chain.p7b")]
    [InlineData("containers/pem-chain.pem", "p7b", "containers/p7b-chain.p7b")]
    [InlineData("containers/p7b-chain.p7b", "p7b-pem", "containers/p7b-chain-pem.p7b")]
    public void Pkcs7OfALeafFirstChainIsByteForByteWhatOpensslCrl2pkcs7Wrote(string input, string format, string opensslOutput)
    {
        var result = ConvertKit.Convert(Fixtures.Path(input), "--to", format);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Fixtures.Bytes(opensslOutput), result.StdoutBytes);
    }

    [Fact]
    public void Pkcs7WithCrlsIsByteForByteWhatOpensslCrl2pkcs7Wrote()
    {
        var result = ConvertKit.Convert(Fixtures.Path("containers/p7b-ber-with-crls.p7b"), "--include-crls", "--to", "p7b");
        Assert.Equal(Fixtures.Bytes("containers/p7b-with-crls.p7b"), result.StdoutBytes);
    }

    [Theory]
    [InlineData("containers/pem-utf16le.pem")]
    [InlineData("containers/pem-utf16be-crlf.pem")]
    [InlineData("containers/pem-junk-text.pem")]
    [InlineData("containers/pem-print-certs.pem")]
    [InlineData("containers/base64-lines.b64")]
    [InlineData("containers/base64-oneline.b64")]
    [InlineData("containers/pem-trusted-certificate.pem")]
    public void AnyInputTheDecoderReadsBecomesPlainPemOfTheSameCertificates(string fixture)
    {
        var result = ConvertKit.Convert(Fixtures.Path(fixture), "--order", "as-is");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ConvertKit.Recorded(fixture + ".sha256.txt"), ConvertKit.PemCertificates(ConvertKit.Ascii(result.StdoutBytes)).Select(c => ConvertKit.Sha256(c)));
    }
}
