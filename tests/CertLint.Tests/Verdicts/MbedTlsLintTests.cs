using System.Text.Json;
using CertLint.Tests.Cli;

namespace CertLint.Tests.Verdicts;

/// <summary>Issue 9: lint's Mbed TLS verification uses --chain; "not run" is said; JSON carries stacks, target, code, verify_flags.</summary>
public class MbedTlsLintTests
{
    private static string F(string name) => Fixtures.Path("verdicts/" + name);

    [Fact]
    public void LintUsesChainForTheMbedTlsVerificationLikePredict()
    {
        var lint = CliRunner.Run("lint", F("devices.pem"), "--target", "mbedtls-3.6", "--ca", F("root.pem"), "--chain", F("ica.pem"), "--format", "json");
        Assert.Equal("", lint.Stderr);
        Assert.DoesNotContain("mbedtls.verify", lint.Stdout);
        using var doc = JsonDocument.Parse(lint.Stdout);
        var certificates = doc.RootElement.GetProperty("files")[0].GetProperty("certificates").EnumerateArray().ToList();
        Assert.Equal(3, certificates.Count);
        Assert.All(certificates, c => Assert.Equal("mbedtls-3.6 ok", c.GetProperty("verify").GetString()));
        Assert.All(certificates, c => Assert.Equal("0x00000000", c.GetProperty("stacks")[0].GetProperty("verify_flags").GetString()));
        Assert.Equal(0, lint.ExitCode);

        var predict = CliRunner.Run("predict", F("devices.pem"), "--target", "mbedtls-3.6", "--ca", F("root.pem"), "--chain", F("ica.pem"));
        Assert.Equal(0, predict.ExitCode);

        // Without the intermediate, verification fails (the leaf is not trusted), in lint as in predict.
        var broken = CliRunner.Run("lint", F("devices.pem"), "--target", "mbedtls-3.6", "--ca", F("root.pem"));
        Assert.Contains("mbedtls.verify.not-trusted", broken.Stdout);
    }

    [Fact]
    public void VerificationWithoutCaIsSaidNotRunInTextAndJson()
    {
        var text = CliRunner.Run("lint", F("devices.pem"), "--target", "mbedtls-3.6", "--chain", F("ica.pem"));
        Assert.Contains("    verify: not run (no --ca)\n", text.Stdout);
        var json = CliRunner.Run("lint", F("devices.pem"), "--target", "mbedtls-3.6", "--format", "json");
        using var doc = JsonDocument.Parse(json.Stdout);
        var first = doc.RootElement.GetProperty("files")[0].GetProperty("certificates")[0];
        Assert.Equal("not run (no --ca)", first.GetProperty("verify").GetString());
        Assert.Equal("not run (no --ca)", first.GetProperty("stacks")[0].GetProperty("verify").GetString());
        var predict = CliRunner.Run("predict", F("devices.pem"), "--target", "mbedtls-3.6");
        Assert.Contains("verify: not run (no --ca)", predict.Stdout);
    }

    [Fact]
    public void LintJsonHasStacksAndEachMbedTlsFindingTargetAndCode()
    {
        var r = CliRunner.Run("lint", Fixtures.Path("mbedtls/certs/policy-private-critical.pem"), "--target", "mbedtls-2.16,mbedtls-3.6", "--format", "json");
        using var doc = JsonDocument.Parse(r.Stdout);
        var certificate = doc.RootElement.GetProperty("files")[0].GetProperty("certificates")[0];
        var stacks = certificate.GetProperty("stacks").EnumerateArray().ToList();
        Assert.Equal(["mbedtls-2.16", "mbedtls-3.6"], stacks.Select(s => s.GetProperty("target").GetString()));
        Assert.Equal("-0x2562", stacks[0].GetProperty("code").GetString());
        var parse = certificate.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == "mbedtls.parse").ToList();
        Assert.Equal([("mbedtls-2.16", "-0x2562"), ("mbedtls-3.6", "-0x2080")],
            parse.Select(f => (f.GetProperty("target").GetString(), f.GetProperty("code").GetString())).Order());
    }

    [Fact]
    public void ParseFindingPutsTheVerdictFirstAndCauseAndFixesIndentedBelow()
    {
        var r = CliRunner.Run("lint", Fixtures.Path("mbedtls/certs/policy-private-critical.pem"), "--target", "mbedtls-2.16");
        var lines = r.Stdout.Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains("mbedtls.parse:"));
        Assert.Contains("mbedtls.parse: mbedtls-2.16: REJECTED -0x2562 X509 - The extension tag or value is invalid", lines[at]);
        Assert.True(lines[at].Length < 240, lines[at]);
        Assert.StartsWith("              cause: critical extension 2.5.29.32 (certificatePolicies) is not supported", lines[at + 1]);
        Assert.Contains(lines, l => l.StartsWith("              fix (option): Define MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION", StringComparison.Ordinal));
    }
}
