using CertLint.Tests.Cli;

namespace CertLint.Tests.Verdicts;

/// <summary>Issue 9: files with no certificate, baselines keyed by target, stdin named '-', no .NET text in errors.</summary>
public class InputVerdictTests
{
    private static string F(string name) => Fixtures.Path("verdicts/" + name);

    [Theory]
    [InlineData("device.key", "holds no certificate, only a private key (PKCS#8)")]
    [InlineData("device.p12", "holds no certificate, only a PKCS#12 keystore")]
    public void ANamedFileWithNoCertificateExits2SayingWhatItHolds(string file, string expected)
    {
        var r = CliRunner.Run("lint", F(file));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"certlint: {F(file)}: {expected}", r.Stderr);
        Assert.DoesNotContain("PrivateKey", r.Stderr);
    }

    [Fact]
    public void InADirectoryWalkKeyFilesAreCountedNotListed()
    {
        using var cli = new LintCli();
        File.Copy(F("device.key"), cli.PathOf("device.key"));
        File.Copy(F("devices.pem"), cli.PathOf("devices.pem"));
        var r = cli.Run("lint", ".");
        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain("device.key", r.Stdout);
        Assert.DoesNotContain("0 certificates", r.Stdout);
        Assert.EndsWith("; 1 key file skipped\n", r.Stdout);
    }

    [Fact]
    public void InADirectoryWalkKeyFilesAreCountedNotListedInJson()
    {
        using var cli = new LintCli();
        File.Copy(F("device.key"), cli.PathOf("device.key"));
        File.Copy(F("devices.pem"), cli.PathOf("devices.pem"));
        var r = cli.Run("lint", ".", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(r.Stdout);
        var files = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("file").GetString()!).ToList();
        Assert.DoesNotContain(files, f => f.EndsWith("device.key", StringComparison.Ordinal));
        Assert.Single(files);
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("keyFiles").GetInt32());
    }

    [Fact]
    public void BaselineEntriesAreKeyedByTarget()
    {
        using var cli = new LintCli();
        var cert = Fixtures.Path("mbedtls/certs/policy-private-critical.pem");
        var write = cli.Run("lint", cert, "--target", "mbedtls-3.6", "--write-baseline", "baseline.json");
        Assert.Equal(0, write.ExitCode);
        var text = File.ReadAllText(cli.PathOf("baseline.json"));
        Assert.Contains("\"target\": \"mbedtls-3.6\"", text);
        Assert.Contains("\"path\": ", text);
        // The 3.6 failure is accepted; a new failure on 2.16 is not hidden by it.
        Assert.Equal(0, cli.Run("lint", cert, "--target", "mbedtls-3.6", "--baseline", "baseline.json").ExitCode);
        var both = cli.Run("lint", cert, "--target", "mbedtls-3.6,mbedtls-2.16", "--baseline", "baseline.json");
        Assert.Equal(1, both.ExitCode);
        Assert.Contains("mbedtls.parse: mbedtls-2.16", both.Stdout);
        Assert.DoesNotContain("mbedtls.parse: mbedtls-3.6", both.Stdout);
    }

    [Fact]
    public void ErrorsNeverShowDotNetTextAndStdinIsDash()
    {
        var missing = CliRunner.Run("tls-check", "--cert", "/nonexistent/x.pem", "--suite", "0xC02B");
        Assert.Equal(2, missing.ExitCode);
        Assert.DoesNotContain("Could not find", missing.Stderr);
        var key = CliRunner.Run("tls-check", "--cert", F("device.key"), "--suite", "0xC02B");
        Assert.Equal(2, key.ExitCode);
        Assert.DoesNotContain("PrivateKey", key.Stderr);
        Assert.Contains("a private key (PKCS#8) at byte 0", key.Stderr);
        var stdin = CliRunner.RunWithStdin([], "lint", "-");
        Assert.StartsWith("certlint: -: ", stdin.Stderr);
    }

    [Fact]
    public void TlsCheckReadsTheCertificateFromStdin()
    {
        var bytes = File.ReadAllBytes(Fixtures.Path("mbedtls/certs/server-ec.pem"));
        var piped = CliRunner.RunWithStdin(bytes, "tls-check", "--cert", "-", "--suite", "0xC02B");
        var named = CliRunner.Run("tls-check", "--cert", Fixtures.Path("mbedtls/certs/server-ec.pem"), "--suite", "0xC02B");
        Assert.Equal(named.ExitCode, piped.ExitCode);
        Assert.Equal(named.Stdout.Replace(Fixtures.Path("mbedtls/certs/server-ec.pem"), "-"), piped.Stdout);
        var twice = CliRunner.RunWithStdin(bytes, "tls-check", "--cert", "-", "--ca", "-", "--suite", "0xC02B");
        Assert.Equal(2, twice.ExitCode);
        Assert.Contains("standard input can be read only once", twice.Stderr);
    }
}
