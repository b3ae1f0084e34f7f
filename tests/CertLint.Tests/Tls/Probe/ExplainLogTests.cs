using System.Text.Json;
using CertLint.Tests.Cli;

namespace CertLint.Tests.Tls.Probe;

/// <summary>explain-log on logs written by real Mbed TLS 2.16.12 / 2.28.10 / 3.6.6 / 4.0.0 programs (fixtures/explain-log/README.md).</summary>
public class ExplainLogTests
{
    private static JsonElement Explain(string log)
    {
        var result = CliRunner.Run("explain-log", Fixtures.Path($"explain-log/{log}"), "--format", "json");
        Assert.True(result.Stderr.Length == 0, result.Stderr);
        Assert.Equal(1, result.ExitCode);
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    private static readonly string[] Tls12Extensions2x = ["server_name", "signature_algorithms", "supported_groups", "ec_point_formats", "encrypt_then_mac", "extended_master_secret", "session_ticket"];
    // 3.x writes supported_groups first, and logs signature_algorithms as "adding signature_algorithms extension" (no "client hello, ").
    private static readonly string[] Tls12Extensions3x = ["server_name", "supported_groups", "signature_algorithms", "ec_point_formats", "encrypt_then_mac", "extended_master_secret", "session_ticket"];

    [Theory]
    [InlineData("2.16", 45001, true)]
    [InlineData("3.6", 45041, false)]
    [InlineData("4.0", 45042, false)]
    public void EofRightAfterTheSeedClientHelloPointsToProbeBisect(string release, int port, bool guessed)
    {
        var e = Explain($"eof-after-clienthello.{release}.log");
        Assert.Equal("client", e.GetProperty("side").GetString());
        // 3.6 and 4.0 have the same file names; ssl_client2's "build version: Mbed TLS 4.0.0" tells them apart (2.16's prints none).
        Assert.Equal($"mbedtls-{release}", e.GetProperty("release").GetString());
        Assert.Equal(guessed, e.GetProperty("release_guessed").GetBoolean());
        Assert.Equal("ClientHello", e.GetProperty("last_sent").GetString());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("last_received").ValueKind);
        Assert.Equal(-0x7280, e.GetProperty("code").GetInt32());
        Assert.Equal("SSL - The connection indicated an EOF", e.GetProperty("code_text").GetString());
        Assert.Equal(["TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", "TLS_EMPTY_RENEGOTIATION_INFO_SCSV"],
            e.GetProperty("offered_suites").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(release == "2.16" ? Tls12Extensions2x : Tls12Extensions3x, e.GetProperty("offered_extensions").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal($"certlint probe 127.0.0.1:{port} --as mbedtls-{release} --suite TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 --bisect", e.GetProperty("next").GetString());
        Assert.StartsWith("the server closed the connection right after the ClientHello, without an alert", e.GetProperty("cause").GetString());
    }

    [Theory]
    [InlineData("3.6")]
    [InlineData("4.0")]
    public void VerifyFailureOf3xListsTheFlagsAndTheMessageItStoppedIn(string release)
    {
        var e = Explain($"verify-failure.{release}.log");
        Assert.Equal($"mbedtls-{release}", e.GetProperty("release").GetString());
        Assert.Equal(-0x2700, e.GetProperty("code").GetInt32());
        Assert.Equal("X509 - Certificate verification failed, e.g. CRL, CA or signature check failed", e.GetProperty("code_text").GetString());
        Assert.Equal("failed", e.GetProperty("verify").GetString());
        Assert.Equal(["The certificate is not correctly signed by the trusted CA"], e.GetProperty("verify_flags").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("ServerHello", e.GetProperty("last_received").GetString());
        Assert.Equal("parse Certificate", e.GetProperty("stopped_in").GetString());
        Assert.Contains($"--target mbedtls-{release}", e.GetProperty("next").GetString());
    }

    [Fact]
    public void CertificateParseFailureNamesTheCodeAndTheMessage()
    {
        var e = Explain("cert-parse-failure.2.16.log");
        Assert.Equal(-0x2562, e.GetProperty("code").GetInt32());
        Assert.Equal("X509 - The extension tag or value is invalid : ASN1 - ASN1 tag was of an unexpected value", e.GetProperty("code_text").GetString());
        Assert.Equal("parse Certificate", e.GetProperty("stopped_in").GetString());
        Assert.Equal("ServerHello", e.GetProperty("last_received").GetString());
        Assert.Contains("does not parse in mbedtls-2.16", e.GetProperty("cause").GetString());
    }

    [Fact]
    public void VerifyFailureListsTheFlags()
    {
        var e = Explain("verify-failure.2.16.log");
        Assert.Equal(-0x2700, e.GetProperty("code").GetInt32());
        Assert.Equal("failed", e.GetProperty("verify").GetString());
        Assert.Equal(["The certificate is not correctly signed by the trusted CA"], e.GetProperty("verify_flags").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("Certificate", e.GetProperty("last_received").GetString());
    }

    [Fact]
    public void NoSharedSuiteFromTheServerSideNamesTheClientsSuite()
    {
        var e = Explain("no-shared-suite.server.2.28.log");
        Assert.Equal("server", e.GetProperty("side").GetString());
        Assert.Equal("mbedtls-2.28", e.GetProperty("release").GetString());
        Assert.Equal(-0x7380, e.GetProperty("code").GetInt32());
        Assert.Equal("SSL - The server has no ciphersuites in common with the client", e.GetProperty("code_text").GetString());
        Assert.Equal("handshake_failure (40)", e.GetProperty("alert_sent").GetString());
        Assert.Contains("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", e.GetProperty("cause").GetString());
        Assert.Contains("--suite TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 --target mbedtls-2.28", e.GetProperty("next").GetString());
    }

    [Fact]
    public void NoSharedSuiteFromTheClientSideAtDebugLevel1SaysWhatItCannotKnow()
    {
        var e = Explain("no-shared-suite.client.2.28.log");
        Assert.Equal(1, e.GetProperty("debug_level").GetInt32());
        Assert.Equal(-0x7780, e.GetProperty("code").GetInt32());
        Assert.Equal("handshake_failure (40)", e.GetProperty("alert_received").GetString());
        Assert.Contains("--bisect", e.GetProperty("next").GetString());
    }

    [Fact]
    public void TheTargetOptionChangesTheErrorText()
    {
        var result = CliRunner.Run("explain-log", Fixtures.Path("explain-log/cert-parse-failure.2.16.log"), "--target", "mbedtls-4.0", "--format", "json");
        // 4.0's strerror has no ASN1 texts.
        Assert.Contains("UNKNOWN ERROR CODE (0062)", JsonDocument.Parse(result.Stdout).RootElement.GetProperty("code_text").GetString());
    }

    [Fact]
    public void AFileThatIsNoDebugLogIsAOneLineInputError()
    {
        var result = CliRunner.Run("explain-log", Fixtures.Path("explain-log/README.md"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is this an Mbed TLS debug log?", result.Stderr);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }
}
