using System.Text.Json;
using CertLint.Tests.Cli;

namespace CertLint.Tests.Targets.MbedTls;

/// <summary>`certlint predict` and `certlint strerror` end to end, as a user runs them.</summary>
public class PredictCliTests
{
    private static string Cert(string name) => MbedTlsFixtures.Path("certs", name);

    [Fact]
    public void ForumCaseTextNamesCodeTextCauseAndFixPerRelease()
    {
        var r = CliRunner.Run("predict", Cert("policy-private-critical.pem"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("mbedtls-2.16  REJECTED  -0x2562  X509 - The extension tag or value is invalid : ASN1 - ASN1 tag was of an unexpected value", r.Stdout);
        Assert.Contains("mbedtls-2.28  REJECTED  -0x2080  X509 - Unavailable feature, e.g. RSA hashing/encryption combination", r.Stdout);
        Assert.Contains("mbedtls-4.0   REJECTED  -0x2080", r.Stdout);
        Assert.Contains("cause: critical extension 2.5.29.32 (certificatePolicies) is not supported by Mbed TLS 2.16.12", r.Stdout);
        Assert.Contains("fix (option): Define MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION", r.Stdout);
        Assert.Contains("fix (callback):", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void TheOptionAndTheCallbackMakeItPass()
    {
        var opt = CliRunner.Run("predict", Cert("policy-private-critical.pem"), "--target", "mbedtls-2.16", "--mbedtls-define", "MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION");
        Assert.Equal(0, opt.ExitCode);
        Assert.Contains("mbedtls-2.16  accepted  0", opt.Stdout);
        var cb = CliRunner.Run("predict", Cert("policy-private-critical.pem"), "--target", "mbedtls-2.28,mbedtls-3.6,mbedtls-4.0", "--mbedtls-ext-cb", "accept-all");
        Assert.Equal(0, cb.ExitCode);
        Assert.Contains("3 certificate(s)", CliRunner.Run("predict", Cert("policy-private-critical.pem"), Cert("policy-any-critical.pem"), Cert("server-ec.pem"), "--target", "mbedtls-3.6").Stdout);
    }

    [Fact]
    public void OptionsMayComeBeforeTheFiles()
    {
        var r = CliRunner.Run("predict", "--target", "mbedtls-2.16,mbedtls-4.0", "--ca", Cert("root.pem"), Cert("server-ec.pem"), Cert("client-ec.pem"));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("2 certificate(s) × 2 target(s): 0 rejected at parse", r.Stdout);
    }

    [Fact]
    public void AnOptionMissingFromTheReleaseIsAUsageError()
    {
        var r = CliRunner.Run("predict", Cert("policy-private-critical.pem"), "--target", "mbedtls-3.6", "--mbedtls-define", "MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Equal("certlint: MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION does not exist in Mbed TLS 3.6.6; instead: the application registers a callback with mbedtls_x509_crt_parse_der_with_ext_cb() that accepts the extension (CertLint: --mbedtls-ext-cb accept-all)\n", r.Stderr);
        Assert.Equal(2, CliRunner.Run("predict", Cert("server-ec.pem"), "--target", "mbedtls-9.9").ExitCode);
        Assert.Equal(2, CliRunner.Run("predict", Cert("server-ec.pem"), "--mbedtls-ext-cb", "accept-all").ExitCode); // 2.16 has no callback
    }

    [Fact]
    public void JsonHasTheStacksFieldsTheIssuePromises()
    {
        var r = CliRunner.Run("predict", Cert("bundle-good-and-nc.pem"), "--format", "json", "--ca", Cert("root.pem"),
            "--suite", "0xC0AE", "--role", "server", "--target", "mbedtls-3.6,mbedtls-4.0");
        Assert.Equal(1, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var file = doc.RootElement.GetProperty("files")[0];
        var parseFile = file.GetProperty("parse_file");
        Assert.Equal("0x0001", parseFile[0].GetProperty("code").GetString());
        Assert.Contains("positive count 1", parseFile[0].GetProperty("note").GetString());
        var leaf = file.GetProperty("certificates")[0].GetProperty("stacks")[0];
        Assert.Equal("mbedtls-3.6", leaf.GetProperty("target").GetString());
        Assert.True(leaf.GetProperty("accepted").GetBoolean());
        Assert.Equal("0", leaf.GetProperty("code").GetString());
        Assert.Equal("0x00000000", leaf.GetProperty("verify_flags").GetString());
        Assert.True(leaf.GetProperty("usage").GetProperty("ok").GetBoolean());
        Assert.Equal("secp256r1", leaf.GetProperty("parsed").GetProperty("curve").GetString());
        var nc = file.GetProperty("certificates")[1].GetProperty("stacks");
        Assert.Equal("-0x2562", nc[0].GetProperty("code").GetString());
        Assert.Equal("-0x0062", nc[1].GetProperty("code").GetString());
        Assert.Equal("2.5.29.30", nc[1].GetProperty("cause").GetProperty("oid").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("summary").GetProperty("rejected").GetInt32());
    }

    [Fact]
    public void VerifyUsesTheFixedClockUnlessNowIsGiven()
    {
        var now = CliRunner.Run("predict", Cert("server-ec-expired.pem"), "--ca", Cert("root.pem"), "--target", "mbedtls-3.6");
        Assert.Equal(1, now.ExitCode);
        Assert.Contains("verify: -0x2700  flags 0x00000001", now.Stdout);
        Assert.Contains("0x00000001 The certificate validity has expired", now.Stdout);
        var profile = CliRunner.Run("predict", Cert("server-rsa1024.pem"), "--ca", Cert("root.pem"), "--target", "mbedtls-3.6", "--mbedtls-profile", "suiteb");
        Assert.Contains("flags 0x00008000", profile.Stdout);
    }

    [Fact]
    public void UsageExplainsTheRefusal()
    {
        var r = CliRunner.Run("predict", Cert("server-ec.pem"), "--suite", "TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8", "--role", "client", "--target", "mbedtls-3.6");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("usage TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8 (0xC0AE) as client: NOT ok", r.Stdout);
        Assert.Contains("neither clientAuth", r.Stdout);
        var gone = CliRunner.Run("predict", Cert("server-rsa-kex.pem"), "--suite", "TLS-RSA-WITH-AES-128-GCM-SHA256", "--target", "mbedtls-2.28,mbedtls-4.0");
        Assert.Contains("not in the default ciphersuite list of Mbed TLS 4.0.0", gone.Stdout);
    }

    [Fact]
    public void ConfigFileIsApplied()
    {
        var dir = Directory.CreateTempSubdirectory("certlint-mbedtls-");
        try
        {
            var header = Path.Combine(dir.FullName, "config.h");
            File.WriteAllText(header, "#define MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION\n//#define MBEDTLS_SHA1_C\n");
            var r = CliRunner.Run("predict", Cert("policy-private-critical.pem"), "--target", "mbedtls-2.16", "--mbedtls-config", header);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("config -MBEDTLS_SHA1_C +MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION", r.Stdout);
            Assert.Equal(2, CliRunner.Run("predict", Cert("server-ec.pem"), "--mbedtls-config", Path.Combine(dir.FullName, "missing.h")).ExitCode);

            // 4.0 keeps the curves in TF-PSA-Crypto's crypto_config.h: both headers apply, in order.
            var tls = Path.Combine(dir.FullName, "mbedtls_config.h");
            var crypto = Path.Combine(dir.FullName, "crypto_config.h");
            File.WriteAllText(tls, "#define MBEDTLS_X509_RSASSA_PSS_SUPPORT\n");
            File.WriteAllText(crypto, "#define PSA_WANT_ECC_SECP_R1_192 1\n");
            Assert.Equal(1, CliRunner.Run("predict", Cert("server-p192.pem"), "--target", "mbedtls-4.0").ExitCode);
            var both = CliRunner.Run("predict", Cert("server-p192.pem"), "--target", "mbedtls-4.0", "--mbedtls-config", $"{tls},{crypto}");
            Assert.Equal(0, both.ExitCode);
            Assert.Contains("config +PSA_WANT_ECC_SECP_R1_192", both.Stdout);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void BadInputIsOneLineAndExit2ButMbedTlsStillGetsItsSay()
    {
        var r = CliRunner.RunWithStdin("garbage"u8.ToArray(), "predict", "-", "--target", "mbedtls-3.6");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("mbedtls-3.6  -0x2180", r.Stdout);
        Assert.Single(r.Stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("certlint: -: ", r.Stderr);
        var missing = CliRunner.Run("predict", "/nonexistent/x.pem");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("certlint: /nonexistent/x.pem: no such file\n", missing.Stderr);
    }

    [Fact]
    public void StrerrorPrintsWhatTheProgramPrints()
    {
        var r = CliRunner.Run("strerror", "-0x2562");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("mbedtls-2.16  Last error was: -0x2562 - X509 - The extension tag or value is invalid : ASN1 - ASN1 tag was of an unexpected value", r.Stdout);
        Assert.Contains("mbedtls-4.0   Last error was: -0x2562 - X509 - The extension tag or value is invalid : UNKNOWN ERROR CODE (0062)", r.Stdout);
        Assert.Equal("mbedtls-3.6  Last error was: -0x2562 - X509 - The extension tag or value is invalid : ASN1 - ASN1 tag was of an unexpected value\n",
            CliRunner.Run("strerror", "9570", "--target", "mbedtls-3.6").Stdout);
        Assert.Equal(2, CliRunner.Run("strerror", "xyz").ExitCode);
    }
}
