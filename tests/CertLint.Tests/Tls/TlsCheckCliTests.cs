using System.Text.Json;
using CertLint.Tests.Cli;

namespace CertLint.Tests.Tls;

public class TlsCheckCliTests
{
    private static string F(string name) => Fixtures.Path("tls/" + name);

    [Fact]
    public void SeedScenarioPassesWithHandshakeAndExitsZero()
    {
        var r = CliRunner.Run("tls-check", "--cert", F("client-ec.pem"), "--chain", F("ica.pem"), "--key", F("client-ec.key"),
            "--ca", F("ca.pem"), "--suite", "TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8", "--role", "client", "--target", "mbedtls-3.6", "--handshake");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8  0xC0AE  mbedtls-3.6  compatible", r.Stdout);
        Assert.Contains("ok (TLS 1.2, bouncycastle", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void JsonHasTheFieldsTheIssuePromises()
    {
        var r = CliRunner.Run("tls-check", "--cert", F("serverauth-only-ec.chain.pem"), "--key", F("serverauth-only-ec.key"),
            "--ca", F("ca.pem"), "--suite", "0xC0AE,TLS_AES_128_GCM_SHA256", "--role", "client", "--target", "mbedtls-3.6",
            "--format", "json", "--handshake");
        Assert.Equal(1, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.False(root.GetProperty("compatible").GetBoolean());
        var verdicts = root.GetProperty("verdicts").EnumerateArray().ToList();
        Assert.Equal(2, verdicts.Count);
        var first = verdicts[0];
        Assert.Equal("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", first.GetProperty("suite").GetString());
        Assert.Equal("0xC0AE", first.GetProperty("code").GetString());
        Assert.Equal("client", first.GetProperty("role").GetString());
        Assert.Equal("mbedtls-3.6", first.GetProperty("target").GetString());
        Assert.False(first.GetProperty("compatible").GetBoolean());
        var reason = first.GetProperty("reasons").EnumerateArray().Single();
        Assert.Equal("tls.cert.ext_key_usage", reason.GetProperty("rule").GetString());
        Assert.Contains("lacks clientAuth", reason.GetProperty("message").GetString());
        Assert.Contains("MBEDTLS_ERR_SSL_BAD_CERTIFICATE", reason.GetProperty("target_error").GetString());
        var handshake = first.GetProperty("handshake");
        Assert.False(handshake.GetProperty("ok").GetBoolean());
        Assert.Equal("unsupported_certificate", handshake.GetProperty("alert").GetString());
        Assert.Equal("server", handshake.GetProperty("raised_by").GetString());
        Assert.True(handshake.GetProperty("agrees_with_static").GetBoolean());
    }

    [Fact]
    public void WithoutHandshakeJsonHasNoHandshakeField()
    {
        var r = CliRunner.Run("tls-check", "--cert", F("server-ec.chain.pem"), "--suite", "0xC0AE", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.False(doc.RootElement.GetProperty("verdicts")[0].TryGetProperty("handshake", out _));
    }

    [Fact]
    public void SeveralSuitesAndTargetsPrintATableWithReasons()
    {
        var r = CliRunner.Run("tls-check", "--cert", F("server-rsa.chain.pem"), "--key", F("server-rsa.key"), "--ca", F("ca.pem"),
            "--suite", "ECDHE-ECDSA-AES128-CCM8,TLS_RSA_WITH_AES_128_GCM_SHA256,TLS-ECDHE-RSA-WITH-AES-128-GCM-SHA256",
            "--target", "mbedtls-3.6,mbedtls-4.0");
        Assert.Equal(1, r.ExitCode);
        var lines = r.Stdout.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("SUITE ") && l.Contains("VERDICT"));
        Assert.Equal(6, lines.Count(l => l.StartsWith("TLS_")));
        Assert.Contains(lines, l => l.StartsWith("TLS_RSA_WITH_AES_128_GCM_SHA256") && l.Contains("mbedtls-3.6") && l.Contains(" compatible"));
        Assert.Contains(lines, l => l.StartsWith("TLS_RSA_WITH_AES_128_GCM_SHA256") && l.Contains("mbedtls-4.0") && l.Contains("NOT compatible"));
        Assert.Contains("tls.key.type:", r.Stdout);
        Assert.Contains("tls.suite.unavailable:", r.Stdout);
    }

    [Theory]
    [InlineData("--suite", "TLS_NOPE", "unknown ciphersuite 'TLS_NOPE'")]
    [InlineData("--role", "peer", "--role must be server or client")]
    [InlineData("--target", "mbedtls-1.3", "unknown target 'mbedtls-1.3'")]
    [InlineData("--groups", "secp999", "unknown group 'secp999'")]
    [InlineData("--sig-algs", "md5", "unknown signature algorithm 'md5'")]
    public void BadOptionsAreOneLineAndExitTwo(string option, string value, string message)
    {
        var args = new List<string> { "tls-check", "--cert", F("server-ec.pem"), "--suite", "0xC0AE" };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var r = CliRunner.Run([.. args]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Stderr);
        Assert.Single(r.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void BadFilesNameTheFileAndExitTwo()
    {
        var missing = CliRunner.Run("tls-check", "--cert", F("no-such.pem"), "--suite", "0xC0AE");
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith($"certlint: {F("no-such.pem")}: no such file", missing.Stderr);
        var notAKey = CliRunner.Run("tls-check", "--cert", F("server-ec.pem"), "--key", F("server-ec.pem"), "--suite", "0xC0AE");
        Assert.Equal(2, notAKey.ExitCode);
        Assert.StartsWith($"certlint: {F("server-ec.pem")}: ", notAKey.Stderr);
        var keyAsCert = CliRunner.Run("tls-check", "--cert", F("server-ec.key"), "--suite", "0xC0AE");
        Assert.Equal(2, keyAsCert.ExitCode);
        Assert.Contains("no certificate found", keyAsCert.Stderr);
    }

    [Fact]
    public void PrivateKeyMaterialIsNeverPrinted()
    {
        var key = File.ReadAllText(F("server-ec.key"));
        var body = key.Split('\n')[1];
        var r = CliRunner.Run("tls-check", "--cert", F("server-ec.chain.pem"), "--key", F("server-ec.key"), "--suite", "0xC0AE,0xC02F",
            "--format", "json", "--handshake");
        Assert.DoesNotContain(body, r.Stdout + r.Stderr);
    }
}

public class TlsCheckBadInputTests
{
    public static TheoryData<string, string> BadFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in new[] { "bad-base64.pem", "bad-bitflip.der", "bad-empty.pem", "bad-end-label.pem", "bad-garbage.bin",
                     "bad-length.der", "bad-text.pem", "bad-truncated.der", "bad-truncated.p7b", "bad-truncated.pem", "crl.pem", "csr.pem", "key-ec.pem" })
        {
            data.Add("--cert", "containers/" + name);
            data.Add("--ca", "containers/" + name);
        }
        foreach (var name in new[] { "bad-garbage.bin", "bad-empty.pem", "bad-truncated.pem", "bad-bitflip.der", "crl.pem", "csr.pem" })
        {
            data.Add("--key", "containers/" + name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void BadInputIsOneLineNamingTheFileAndExitTwo(string option, string file)
    {
        var args = new Dictionary<string, string>
        {
            ["--cert"] = Fixtures.Path("tls/server-ec.chain.pem"),
            ["--key"] = Fixtures.Path("tls/server-ec.key"),
            ["--ca"] = Fixtures.Path("tls/ca.pem"),
        };
        args[option] = Fixtures.Path(file);
        var r = CliRunner.Run([.. new[] { "tls-check", "--suite", "0xC0AE", "--handshake" }, .. args.SelectMany(p => new[] { p.Key, p.Value })]);
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.Stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"certlint: {Fixtures.Path(file)}: ", line);
        Assert.DoesNotContain("internal error", line);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void EncryptedKeyOpensWithItsPasswordAndIsAVerdictWithout()
    {
        string[] common = ["tls-check", "--cert", Fixtures.Path("tls/client-ec.chain.pem"), "--key", Fixtures.Path("tls/client-ec.encrypted.key"),
            "--ca", Fixtures.Path("tls/ca.pem"), "--suite", "0xC0AE", "--role", "client", "--handshake"];
        var without = CliRunner.Run(common);
        Assert.Equal(1, without.ExitCode);
        Assert.Contains("tls.key.unreadable: the private key is encrypted; give its password with --key-password", without.Stdout);
        var with = CliRunner.Run([.. common, "--key-password", "certlint"]);
        Assert.Equal(0, with.ExitCode);
        Assert.Contains("ok (TLS 1.2", with.Stdout);
    }
}
