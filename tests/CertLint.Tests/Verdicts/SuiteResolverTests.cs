using CertLint.Tests.Cli;
using CertLint.Tests.Targets.MbedTls;
using CertLint.Tls.Suites;

namespace CertLint.Tests.Verdicts;

/// <summary>Issue 9: one suite resolver for every command; every spelling of a suite, unknown names exit 2 with suggestions.</summary>
public class SuiteResolverTests
{
    private static string Cert(string name) => MbedTlsFixtures.Path("certs", name);

    [Theory]
    [InlineData("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8")]
    [InlineData("TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8")]
    [InlineData("MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8")]
    [InlineData("ECDHE-ECDSA-AES128-CCM8")]
    [InlineData("ecdhe_ecdsa_aes128_ccm8")]
    [InlineData("tls-ecdhe-ecdsa-with-aes-128-ccm-8")]
    [InlineData("0xC0AE")]
    [InlineData("0xc0ae")]
    [InlineData("C0AE")]
    public void EverySpellingNamesTheSameSuite(string spelling) =>
        Assert.Equal(0xC0AE, CipherSuiteRegistry.Default.Find(spelling).Code);

    [Fact]
    public void SuggestionsKeepCcm8ApartFromCcm()
    {
        var ccm8 = CipherSuiteRegistry.Default.Suggestions("ECDHE-ECDSA-AES128-CCM-8-SHA");
        Assert.NotEmpty(ccm8);
        Assert.All(ccm8, s => Assert.Contains("CCM_8", s));
        var ccm = CipherSuiteRegistry.Default.Suggestions("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_SHA");
        Assert.NotEmpty(ccm);
        Assert.All(ccm, s => Assert.DoesNotContain("CCM_8", s));
    }

    [Theory]
    [InlineData("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8")]
    [InlineData("ECDHE-ECDSA-AES128-CCM8")]
    [InlineData("0xC0AE")]
    [InlineData("TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8")]
    public void PredictAndLintAcceptEverySpelling(string spelling)
    {
        var predict = CliRunner.Run("predict", Cert("server-ec.pem"), "--target", "mbedtls-3.6", "--suite", spelling);
        Assert.Equal((0, ""), (predict.ExitCode, predict.Stderr));
        Assert.Contains("usage TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8", predict.Stdout);
        var lint = CliRunner.Run("lint", Cert("server-ec.pem"), "--target", "mbedtls-3.6", "--suite", spelling);
        Assert.DoesNotContain("mbedtls.usage", lint.Stdout);
        Assert.Equal("", lint.Stderr);
    }

    [Theory]
    [InlineData("predict")]
    [InlineData("lint")]
    public void AnUnknownSuiteIsAUsageErrorWithSuggestions(string verb)
    {
        var r = CliRunner.Run(verb, Cert("server-ec.pem"), "--target", "mbedtls-3.6", "--suite", "ECDHE-ECDSA-AES128-CCM-8-SHA");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Single(r.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("unknown ciphersuite 'ECDHE-ECDSA-AES128-CCM-8-SHA'; did you mean TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", r.Stderr);
        Assert.DoesNotContain("WITH_AES_128_CCM,", r.Stderr);
    }

    [Fact]
    public void TlsCheckUsesTheSameResolverAndRepeatedSuites()
    {
        var key = MbedTlsFixtures.Path("certs", "server-ec.pem");
        var one = CliRunner.Run("tls-check", "--cert", key, "--suite", "ECDHE-ECDSA-AES128-CCM8", "--suite", "0xC02B", "--format", "json");
        Assert.Contains("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", one.Stdout);
        Assert.Contains("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", one.Stdout);
    }
}
