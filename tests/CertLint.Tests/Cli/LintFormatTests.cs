using System.Text.Json;
using System.Xml.Linq;

namespace CertLint.Tests.Cli;

/// <summary>End to end: each output format of `certlint lint` on a bundle whose second certificate has a finding.</summary>
public class LintFormatTests
{
    private static readonly string[] Sha = File.ReadAllLines(Fixtures.Path("lint/sha256.txt"));
    private static readonly int SecondBegin = Engine.PemLines.Begins("lint/two-leaves.pem")[1];

    [Fact]
    public void TextIsGroupedByFileAndCertificateWithASummary()
    {
        var result = CliRunner.Run("lint", Fixtures.Path("lint/two-leaves.pem"));
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.EndsWith("two-leaves.pem (PEM (text), 2 certificates)", lines[0]);
        Assert.StartsWith("  #0 CN=lint.example.test, O=CertLint Lint Fixtures [leaf, line 1, sha256 " + Sha[0][..16] + "]", lines[1]);
        // Certificate #0 may have findings of chain rules (its issuer is not in the file); #1 comes after them.
        var second = Array.FindIndex(lines, l => l.StartsWith("  #1 ", StringComparison.Ordinal));
        Assert.StartsWith($"  #1 CN=zero.example.test, O=CertLint Lint Fixtures [leaf, line {SecondBegin}", lines[second]);
        Assert.Equal("    error   rfc5280.serial.positive: serial number is zero (0) at tbsCertificate.serialNumber (byte 13)", lines[second + 1]);
        // Milder findings of other rules may follow; the summary counts them all.
        Assert.Matches(@"^1 file, 2 certificates: \d+ findings? \(1 error, \d+ warning, \d+ notice, \d+ info\)$", lines[^1]);
    }

    [Fact]
    public void JsonHasTheDocumentedFields()
    {
        var result = CliRunner.Run("lint", "--format", "json", Fixtures.Path("lint/two-leaves.pem"));
        Assert.Equal(1, result.ExitCode);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("certlint", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal("rfc5280", root.GetProperty("profiles")[0].GetString());
        Assert.Equal("error", root.GetProperty("failOn").GetString());
        var file = root.GetProperty("files")[0];
        Assert.Equal(JsonValueKind.Array, file.GetProperty("errors").ValueKind);
        var certificate = file.GetProperty("certificates")[1];
        Assert.Equal(Sha[1], certificate.GetProperty("sha256").GetString());
        Assert.Equal(1, certificate.GetProperty("index").GetInt32());
        Assert.Equal(1, certificate.GetProperty("object").GetInt32());
        Assert.Equal("CN=zero.example.test, O=CertLint Lint Fixtures", certificate.GetProperty("subject").GetString());
        Assert.Equal("leaf", certificate.GetProperty("role").GetString());
        Assert.Equal(SecondBegin, certificate.GetProperty("line").GetInt32());
        var finding = certificate.GetProperty("findings")[0];
        Assert.Equal("rfc5280.serial.positive", finding.GetProperty("rule").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("serial number is zero (0)", finding.GetProperty("message").GetString());
        Assert.Equal("tbsCertificate.serialNumber", finding.GetProperty("path").GetString());
        Assert.Equal(13, finding.GetProperty("offset").GetInt32());
        var summary = root.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("certificates").GetInt32());
        Assert.Equal(1, summary.GetProperty("bySeverity").GetProperty("error").GetInt32());
    }

    [Fact]
    public void ChainAndCaOptionsAssociateIssuers()
    {
        var result = CliRunner.Run("lint", "--format", "json", "--chain", Fixtures.Path("lint/int.pem"), "--ca", Fixtures.Path("lint/root.pem"),
            Fixtures.Path("lint/leaf.pem"), Fixtures.Path("lint/int.pem"));
        var files = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("files");
        Assert.Equal(Sha[2], files[0].GetProperty("certificates")[0].GetProperty("issuerSha256").GetString());
        Assert.Equal(Sha[3], files[1].GetProperty("certificates")[0].GetProperty("issuerSha256").GetString());
    }

    [Fact]
    public void UnreadableChainFileIsAnInputError()
    {
        var result = CliRunner.Run("lint", "--chain", Fixtures.Path("lint/not-a-certificate.txt"), Fixtures.Path("lint/leaf.pem"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not-a-certificate.txt", result.Stderr);
    }

    [Fact]
    public void JunitHasASuitePerFileAndACasePerCertificateAndRule()
    {
        var result = CliRunner.Run("lint", "--format", "junit", Fixtures.Path("lint/two-leaves.pem"), Fixtures.Path("lint/leaf.der"));
        Assert.Equal(1, result.ExitCode);
        var suites = XDocument.Parse(result.Stdout).Root!.Elements("testsuite").ToList();
        Assert.Equal(2, suites.Count);
        Assert.EndsWith("two-leaves.pem", suites[0].Attribute("name")!.Value);
        var cases = suites[0].Elements("testcase").ToList();
        Assert.Equal(cases.Count.ToString(), suites[0].Attribute("tests")!.Value);
        Assert.Equal(cases.Count / 2, cases.Count(c => c.Attribute("classname")!.Value.Contains("#1 CN=zero.example.test")));
        var failure = Assert.Single(cases.Select(c => c.Element("failure")).OfType<XElement>());
        Assert.Equal("rfc5280.serial.positive", failure.Parent!.Attribute("name")!.Value);
        Assert.Equal("error", failure.Attribute("type")!.Value);
        Assert.Contains(Sha[1], failure.Value);
        Assert.Equal("1", suites[0].Attribute("failures")!.Value);
        Assert.Equal("0", suites[1].Attribute("failures")!.Value);
    }

    [Fact]
    public void JunitBelowFailOnIsOutputNotFailure()
    {
        var result = CliRunner.Run("lint", "--format", "junit", "--fail-on", "never", Fixtures.Path("lint/zero-serial.pem"));
        Assert.Equal(0, result.ExitCode);
        var cases = XDocument.Parse(result.Stdout).Descendants("testcase").ToList();
        Assert.DoesNotContain(cases, c => c.Element("failure") is not null);
        Assert.Contains("serial number is zero", cases.Single(c => c.Attribute("name")!.Value == "rfc5280.serial.positive").Element("system-out")!.Value);
    }
}
