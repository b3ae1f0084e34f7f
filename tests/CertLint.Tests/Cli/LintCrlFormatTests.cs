using System.Text.Json;
using System.Xml.Linq;

namespace CertLint.Tests.Cli;

/// <summary>
/// End to end: CRLs through every output format of `certlint lint` (fixtures/crl/): text, JSON (a crls array per file,
/// summary.crls), JSON Lines ("type":"crl" lines), SARIF and JUnit; and the CRL's issuer from --ca.
/// </summary>
public class LintCrlFormatTests
{
    private static string Crl(string name) => Fixtures.Path("crl/" + name);

    [Fact]
    public void TextListsTheCrlWithItsFactsAndFindings()
    {
        var result = CliRunner.Run("lint", Crl("good.der"), Crl("bad-no-crl-number.der"));
        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.EndsWith("good.der (DER, 0 certificates, 1 CRL)", lines[0]);
        Assert.Matches(@"^  CRL #0 C=DE, O=CertLint CRL Fixtures, CN=CertLint CRL CA \[thisUpdate 260101000000Z, nextUpdate 260201000000Z, number 42, 2 revoked, line 1, sha256 [0-9a-f]{16}\] ok$", lines[1]);
        Assert.EndsWith("bad-no-crl-number.der (DER, 0 certificates, 1 CRL)", lines[2]);
        Assert.Equal("    error   rfc5280.crl.number.missing: CRL has no cRLNumber extension at tbsCertList.crlExtensions (byte 183)", lines[4]);
        Assert.Equal("2 files, 0 certificates, 2 CRLs: 1 finding (1 error, 0 warning, 0 notice, 0 info)", lines[^1]);
    }

    [Fact]
    public void JsonHasACrlsArrayAndSummaryCrls()
    {
        var result = CliRunner.Run("lint", "--format", "json", Crl("bad-signature-chain.pem"), Fixtures.Path("lint/leaf.der"));
        Assert.Equal(1, result.ExitCode);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        var file = root.GetProperty("files")[0];
        var crl = file.GetProperty("crls")[0];
        Assert.Equal(0, crl.GetProperty("index").GetInt32());
        Assert.Equal(1, crl.GetProperty("object").GetInt32());
        Assert.Equal("C=DE, O=CertLint CRL Fixtures, CN=CertLint CRL CA", crl.GetProperty("issuer").GetString());
        Assert.Equal("260101000000Z", crl.GetProperty("thisUpdate").GetString());
        Assert.Equal("260201000000Z", crl.GetProperty("nextUpdate").GetString());
        Assert.Equal("42", crl.GetProperty("crlNumber").GetString());
        Assert.False(crl.TryGetProperty("deltaBase", out _));
        Assert.Equal(2, crl.GetProperty("revoked").GetInt32());
        Assert.Equal(13, crl.GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, crl.GetProperty("issuerSha256").ValueKind);
        var finding = crl.GetProperty("findings")[0];
        Assert.Equal("chain.crl-signature-invalid", finding.GetProperty("rule").GetString());
        Assert.Equal("signatureValue", finding.GetProperty("path").GetString());
        // A file without CRLs has no crls array; the summary counts CRLs and their findings.
        Assert.False(root.GetProperty("files")[1].TryGetProperty("crls", out _));
        var summary = root.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("crls").GetInt32());
        Assert.True(summary.GetProperty("bySeverity").GetProperty("error").GetInt32() >= 1);
    }

    [Fact]
    public void TheCaGivenWithCaVerifiesTheCrl()
    {
        var ca = Fixtures.Certificate("crl/ca.pem");
        var result = CliRunner.Run("lint", "--format", "json", "--ca", Crl("ca.pem"), Crl("good.der"), Crl("bad-signature.der"));
        var files = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("files");
        Assert.Equal(ca.Sha256, files[0].GetProperty("crls")[0].GetProperty("issuerSha256").GetString());
        Assert.Equal("chain.crl-signature-invalid", files[1].GetProperty("crls")[0].GetProperty("findings")[0].GetProperty("rule").GetString());
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void JsonLinesHaveOneCrlLinePerCrl()
    {
        var result = CliRunner.Run("lint", "--format", "jsonl", Crl("good-bundle.p7b"));
        var lines = result.Stdout.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["certificate", "crl"], lines.Select(l => l.GetProperty("type").GetString()));
        var crl = lines[1];
        Assert.EndsWith("good-bundle.p7b", crl.GetProperty("file").GetString());
        Assert.Equal("DER", crl.GetProperty("encoding").GetString());
        Assert.Equal("42", crl.GetProperty("crlNumber").GetString());
        Assert.Equal(Fixtures.Certificate("crl/ca.pem").Sha256, crl.GetProperty("issuerSha256").GetString());
        Assert.Equal(0, crl.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void SarifLocatesACrlFindingAtTheCrl()
    {
        var result = CliRunner.Run("lint", "--format", "sarif", Crl("bad-reason-7.der"));
        var run = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("runs")[0];
        var sarifResult = run.GetProperty("results")[0];
        Assert.Equal("rfc5280.crl.entry.reason-invalid", sarifResult.GetProperty("ruleId").GetString());
        Assert.Equal(1, sarifResult.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.StartsWith("CRL #0 of C=DE", sarifResult.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("name").GetString());
        var properties = sarifResult.GetProperty("properties");
        Assert.Equal(0, properties.GetProperty("crlIndex").GetInt32());
        Assert.False(properties.TryGetProperty("certificateIndex", out _));
        Assert.StartsWith("rfc5280.crl.entry.reason-invalid:", sarifResult.GetProperty("partialFingerprints").EnumerateObject().First().Value.GetString());
    }

    [Fact]
    public void JunitHasACasePerCrlAndRule()
    {
        var result = CliRunner.Run("lint", "--format", "junit", Crl("bad-no-aki.der"));
        var suite = XDocument.Parse(result.Stdout).Root!.Element("testsuite")!;
        var cases = suite.Elements("testcase").ToList();
        Assert.All(cases, c => Assert.Contains(" CRL #0 C=DE, O=CertLint CRL Fixtures", c.Attribute("classname")!.Value));
        var failing = Assert.Single(cases, c => c.Element("failure") is not null);
        Assert.Equal("rfc5280.crl.aki.missing", failing.Attribute("name")!.Value);
        Assert.Contains("CRL #0, line 1, sha256 ", failing.Element("failure")!.Value);
        Assert.Equal("1", suite.Attribute("failures")!.Value);
        Assert.Equal(cases.Count.ToString(), suite.Attribute("tests")!.Value);
    }

    [Fact]
    public void AMalformedCrlIsAFindingNotAnInputError()
    {
        var result = CliRunner.Run("lint", Crl("bad-malformed.pem"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error   certlint.decode.crl-malformed: CRL does not decode: tbsCertList.revokedCertificates[0].revocationDate", result.Stdout);
    }
}
