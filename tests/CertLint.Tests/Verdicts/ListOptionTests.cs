using System.Text.Json;
using CertLint.Tests.Cli;
using CertLint.Tests.Targets.MbedTls;

namespace CertLint.Tests.Verdicts;

/// <summary>Issue 9: every list option takes repeated flags and comma-separated values; predict runs every --target.</summary>
public class ListOptionTests
{
    private static string Cert(string name) => MbedTlsFixtures.Path("certs", name);

    private static List<string> PredictTargets(params string[] args)
    {
        var r = CliRunner.Run(["predict", .. args, "--format", "json"]);
        Assert.Equal("", r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        return [.. doc.RootElement.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("target").GetString()!)];
    }

    [Fact]
    public void PredictRunsEveryRepeatedTarget()
    {
        Assert.Equal(["mbedtls-2.16", "mbedtls-3.6"], PredictTargets("--target", "mbedtls-2.16", "--target", "mbedtls-3.6", Cert("server-ec.pem")));
        Assert.Equal(["mbedtls-2.16", "mbedtls-3.6"], PredictTargets(Cert("server-ec.pem"), "--target", "mbedtls-2.16,mbedtls-3.6"));
        Assert.Equal(["mbedtls-2.16", "mbedtls-2.28", "mbedtls-4.0"], PredictTargets("--target", "mbedtls-2.16,mbedtls-2.28", "--target=mbedtls-4.0", Cert("server-ec.pem")));
    }

    [Fact]
    public void LintRunsEveryRepeatedTarget()
    {
        var r = CliRunner.Run("lint", "--target", "mbedtls-2.16", "--target", "mbedtls-3.6", Cert("policy-private-critical.pem"));
        Assert.Contains("mbedtls.parse: mbedtls-2.16", r.Stdout);
        Assert.Contains("mbedtls.parse: mbedtls-3.6", r.Stdout);
    }

    [Fact]
    public void RepeatedAndCommaSeparatedDefinesAreTheSame()
    {
        var repeated = CliRunner.Run("predict", Cert("policy-private-critical.pem"), "--target", "mbedtls-2.16",
            "--mbedtls-define", "MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION", "--mbedtls-define", "MBEDTLS_X509_CHECK_KEY_USAGE");
        var commas = CliRunner.Run("predict", Cert("policy-private-critical.pem"), "--target", "mbedtls-2.16",
            "--mbedtls-define", "MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION,MBEDTLS_X509_CHECK_KEY_USAGE");
        Assert.Equal(0, repeated.ExitCode);
        Assert.Equal(repeated.Stdout, commas.Stdout);
    }

    [Theory]
    [InlineData("lint --target a --target b x.pem", "lint x.pem --target a --target b")]
    [InlineData("predict --target a --ca c.pem x.pem", "predict x.pem --target a --ca c.pem")]
    [InlineData("tls-check --suite a --suite b --cert x.pem", "tls-check --cert x.pem --suite a --suite b")]
    public void ListOptionsOfEveryVerbMoveBehindThePaths(string args, string expected) =>
        Assert.Equal(expected, string.Join(' ', CertLint.Cli.Lint.RepeatableOptions.Normalize(args.Split(' '))));
}
