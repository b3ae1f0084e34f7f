using System.Text;
using CertLint.Targets.MbedTls;

namespace CertLint.Tests.Targets.MbedTls;

/// <summary>mbedtls_x509_crt_parse / _parse_file on whole buffers: PEM rules, counts, DER fallback.</summary>
public class ParseFileTests
{
    private static MbedTlsFileParseResult File(string target, byte[] bytes, bool nul = true) =>
        nul ? MbedTlsEmulator.Default(target).ParseFile(bytes) : MbedTlsEmulator.Default(target).ParseBuffer(bytes);

    [Theory]
    [InlineData("mbedtls-2.16", -0x2562)]
    [InlineData("mbedtls-4.0", -0x0062)]
    public void OneGoodAndOneBadCertificateGiveThePositiveCountOne(string target, int badCode)
    {
        var r = File(target, MbedTlsFixtures.Bytes("certs", "bundle-good-and-nc.pem"));
        Assert.Equal("pem", r.Format);
        Assert.Equal(1, r.Code);
        Assert.Equal("0x0001", r.CodeHex);
        Assert.Equal(1, r.Loaded);
        Assert.Equal(2, r.Entries.Count);
        Assert.Equal(badCode, r.Entries[1].Parse!.Code);
        Assert.Equal(MbedTlsTarget.Load(target).Strerror.Text(1), r.Text);
        Assert.Contains("positive count 1", r.Note);
    }

    [Fact]
    public void StrerrorOfACountIsMisleading()
    {
        // Two failed certificates: strerror(2) names a BIGNUM error in the releases that have BIGNUM texts.
        Assert.Equal("BIGNUM - An error occurred while reading from or writing to a file", MbedTlsTarget.Load("mbedtls-3.6").Strerror.Text(2));
        Assert.Equal("ERROR - Generic error", MbedTlsTarget.Load("mbedtls-3.6").Strerror.Text(1));
        Assert.Equal("UNKNOWN ERROR CODE (0001)", MbedTlsTarget.Load("mbedtls-2.16").Strerror.Text(1));
    }

    [Fact]
    public void MissingFooterIsUnknownFormat()
    {
        var r = File("mbedtls-3.6", MbedTlsFixtures.Bytes("certs", "no-footer.pem"));
        Assert.Equal(-0x2780, r.Code);
        Assert.Equal("X509 - Format not recognized as DER or PEM", r.Text);
        Assert.Contains("missing footer", r.Note);
    }

    [Fact]
    public void OtherLabelsAreReadAsDer()
    {
        var r = File("mbedtls-3.6", MbedTlsFixtures.Bytes("certs", "trusted-label.pem"));
        Assert.Equal("der", r.Format);
        Assert.Equal(-0x2180, r.Code);
        Assert.Contains("reads it as DER", r.Note);
    }

    [Fact]
    public void PemWithoutTheNulTerminatorIsReadAsDer()
    {
        var pem = MbedTlsFixtures.Bytes("certs", "server-ec.pem");
        Assert.Equal(0, File("mbedtls-3.6", pem).Code);
        Assert.Equal(-0x2180, File("mbedtls-3.6", pem, nul: false).Code);
    }

    [Theory]
    [InlineData("mbedtls-2.28", -0x112C)]
    [InlineData("mbedtls-3.6", -0x112C)]
    public void BadBase64IsPemInvalidData(string target, int code)
    {
        var pem = Encoding.ASCII.GetString(MbedTlsFixtures.Bytes("certs", "server-ec.pem"));
        var broken = pem.Insert(pem.IndexOf('\n') + 10, "!");
        var r = File(target, Encoding.ASCII.GetBytes(broken));
        Assert.Equal(code, r.Code);
        Assert.Equal("PEM - PEM string is not as expected : BASE64 - Invalid character in input", r.Text);
        Assert.Equal(code, r.Entries[0].PemError);
    }

    [Fact]
    public void DerFileParsesAsOneCertificate()
    {
        var r = File("mbedtls-2.16", MbedTlsFixtures.Bytes("certs", "server-ec.der"), nul: false);
        Assert.Equal("der", r.Format);
        Assert.Equal(0, r.Code);
        Assert.Equal(1, r.Loaded);
    }

    [Fact]
    public void WithoutPemParseCPemIsReadAsDer()
    {
        var config = MbedTlsTarget.Load("mbedtls-3.6").DefaultConfig().Undef("MBEDTLS_PEM_PARSE_C");
        var r = new MbedTlsEmulator(config).ParseFile(MbedTlsFixtures.Bytes("certs", "server-ec.pem"));
        Assert.Equal(-0x2180, r.Code);
        Assert.Contains("MBEDTLS_PEM_PARSE_C", r.Note);
    }
}
