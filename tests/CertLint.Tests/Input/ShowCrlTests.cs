using System.Text.Json;
using CertLint.Tests.Cli;

namespace CertLint.Tests.Input;

/// <summary>`certlint show` on CRLs: the decoded fields in text and JSON, and where a malformed CRL broke.</summary>
public class ShowCrlTests
{
    [Fact]
    public void TextShowsTheCrlFieldsExtensionsAndEntries()
    {
        var result = CliRunner.Run("show", Fixtures.Path("crl/good-indirect.der"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("    Issuer: C=DE, O=CertLint CRL Fixtures, CN=CertLint CRL CA\n", result.Stdout);
        Assert.Contains("    This Update: 260101000000Z (UTCTime) = 2026-01-01 00:00:00 UTC\n", result.Stdout);
        Assert.Contains("fullName:URI:http://crl.example.test/ca.crl, indirectCRL", result.Stdout);
        Assert.Contains("    Revoked Certificates: 2\n", result.Stdout);
        Assert.Contains("        [0] serial 4097 (0x1001) revoked 251215000000Z", result.Stdout);
        Assert.Contains("            [0] certificateIssuer (2.5.29.29) critical", result.Stdout);
    }

    [Fact]
    public void JsonHasACrlObject()
    {
        var result = CliRunner.Run("show", "--format", "json", Fixtures.Path("crl/good.pem"), Fixtures.Path("crl/bad-malformed.pem"));
        var files = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("files");
        var crl = files[0].GetProperty("objects")[0].GetProperty("crl");
        Assert.Equal(2, crl.GetProperty("version").GetInt32());
        Assert.Equal("260201000000Z", crl.GetProperty("nextUpdate").GetProperty("encoded").GetString());
        Assert.Equal("1001", crl.GetProperty("revoked")[0].GetProperty("serialHex").GetString());
        Assert.Equal("keyCompromise", crl.GetProperty("revoked")[0].GetProperty("extensions")[0].GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, crl.GetProperty("error").ValueKind);
        var broken = files[1].GetProperty("objects")[0].GetProperty("crl");
        Assert.StartsWith("tbsCertList.revokedCertificates[0].revocationDate at byte 133", broken.GetProperty("error").GetString());
        // A certificate object has no "crl" member.
        var ca = JsonDocument.Parse(CliRunner.Run("show", "--format", "json", Fixtures.Path("crl/ca.pem")).Stdout).RootElement;
        Assert.False(ca.GetProperty("files")[0].GetProperty("objects")[0].TryGetProperty("crl", out _));
    }
}
