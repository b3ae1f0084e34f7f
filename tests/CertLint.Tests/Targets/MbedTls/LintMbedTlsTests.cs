using System.Text.Json;
using CertLint.Tests.Cli;

namespace CertLint.Tests.Targets.MbedTls;

/// <summary>`certlint lint --target mbedtls-*`: Mbed TLS verdicts as findings (mbedtls.parse, mbedtls.verify.*, mbedtls.usage.*).</summary>
public class LintMbedTlsTests
{
    private static string Cert(string name) => MbedTlsFixtures.Path("certs", name);

    private static List<JsonElement> Findings(string stdout)
    {
        using var doc = JsonDocument.Parse(stdout);
        var all = new List<JsonElement>();
        foreach (var file in doc.RootElement.GetProperty("files").EnumerateArray())
        {
            foreach (var cert in file.GetProperty("certificates").EnumerateArray())
            {
                all.AddRange(cert.GetProperty("findings").EnumerateArray().Select(f => f.Clone()));
            }
        }

        return all;
    }

    [Fact]
    public void ForumCaseBecomesOneParseFindingPerRefusingTarget()
    {
        var r = CliRunner.Run("lint", "--target", "mbedtls-2.16", "--target", "mbedtls-3.6,mbedtls-4.0", "--format", "json", Cert("policy-private-critical.pem"));
        Assert.Equal(1, r.ExitCode);
        var parse = Findings(r.Stdout).Where(f => f.GetProperty("rule").GetString() == "mbedtls.parse").ToList();
        Assert.Equal(3, parse.Count);
        Assert.StartsWith("mbedtls-2.16: -0x2562 X509 - The extension tag or value is invalid : ASN1 - ASN1 tag was of an unexpected value: critical extension 2.5.29.32",
            parse[0].GetProperty("message").GetString());
        Assert.Equal("error", parse[0].GetProperty("severity").GetString());
        Assert.StartsWith("tbsCertificate.extensions[", parse[0].GetProperty("path").GetString());
        Assert.Contains("-0x2080", parse[1].GetProperty("message").GetString());
    }

    [Fact]
    public void AcceptedEverywhereGivesNoMbedTlsFinding()
    {
        var r = CliRunner.Run("lint", Cert("policy-any-critical.pem"), "--target", "mbedtls-2.28,mbedtls-3.6,mbedtls-4.0", "--format", "json");
        Assert.DoesNotContain(Findings(r.Stdout), f => f.GetProperty("rule").GetString()!.StartsWith("mbedtls.", StringComparison.Ordinal));
        var withOption = CliRunner.Run("lint", Cert("policy-private-critical.pem"), "--target", "mbedtls-2.16", "--mbedtls-define", "MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION", "--format", "json");
        Assert.DoesNotContain(Findings(withOption.Stdout), f => f.GetProperty("rule").GetString() == "mbedtls.parse");
    }

    [Fact]
    public void VerifyAndUsageFindings()
    {
        var r = CliRunner.Run("lint", Cert("server-ec-expired.pem"), "--target", "mbedtls-3.6", "--ca", Cert("root.pem"),
            "--suite", "TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8", "--role", "client", "--format", "json");
        var rules = Findings(r.Stdout).Select(f => f.GetProperty("rule").GetString()).ToList();
        Assert.Contains("mbedtls.verify.expired", rules);
        Assert.Contains("mbedtls.usage.ext-key-usage", rules);
        var gone = CliRunner.Run("lint", Cert("server-rsa-kex.pem"), "--target", "mbedtls-4.0", "--suite", "TLS-RSA-WITH-AES-128-GCM-SHA256", "--format", "json");
        Assert.Contains(Findings(gone.Stdout), f => f.GetProperty("rule").GetString() == "mbedtls.usage.suite-unavailable");
    }

    [Fact]
    public void MbedTlsOptionsAreCheckedLikePredict()
    {
        var r = CliRunner.Run("lint", Cert("server-ec.pem"), "--target", "mbedtls-3.6", "--mbedtls-define", "MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("does not exist in Mbed TLS 3.6.6", r.Stderr);
        Assert.Equal(2, CliRunner.Run("lint", Cert("server-ec.pem"), "--mbedtls-define", "MBEDTLS_SHA1_C").ExitCode);
        Assert.Equal(2, CliRunner.Run("lint", Cert("server-ec.pem"), "--target", "mbedtls-9").ExitCode);
    }
}
