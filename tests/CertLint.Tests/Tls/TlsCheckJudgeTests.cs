using System.Text.Json;
using CertLint.Tls;
using CertLint.Tls.Material;
using CertLint.Tls.Reports;
using CertLint.Tls.Stacks;
using CertLint.Tls.Suites;

namespace CertLint.Tests.Tls;

/// <summary>tls-check's judge, JSON and text report in the library, without the command line.</summary>
public class TlsCheckJudgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private static string F(string name) => Fixtures.Path("tls/" + name);

    private static TlsCheckOutcome Judge(string chain, string key, TlsRole role, string[] suites, string[] stacks, HandshakePeer peer = HandshakePeer.None) =>
        TlsCheckJudge.Run(new TlsCheckRequest
        {
            Certificate = "cert.pem",
            Material = TlsMaterial.Load(F(chain), F(key), null, F("ca.pem"), null),
            Role = role,
            Suites = [.. suites.Select(CipherSuiteRegistry.Default.Find)],
            Stacks = [.. stacks.Select(TlsStack.Find)],
            Now = Now,
            Handshake = peer,
        });

    [Fact]
    public void EveryStackTimesEverySuiteInThatOrder()
    {
        var (report, notices) = Judge("server-rsa.chain.pem", "server-rsa.key", TlsRole.Server,
            ["TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS-ECDHE-RSA-WITH-AES-128-GCM-SHA256"], ["mbedtls-3.6", "mbedtls-4.0"]);
        Assert.Empty(notices);
        Assert.Equal(["mbedtls-3.6", "mbedtls-3.6", "mbedtls-4.0", "mbedtls-4.0"], report.Verdicts.Select(v => v.Target));
        Assert.Equal("cert.pem", report.Certificate);
        Assert.Equal("server", report.Role);
        Assert.True(report.Verdicts[0].Compatible);
        Assert.False(report.Verdicts[2].Compatible);
        Assert.False(report.Compatible);
        Assert.All(report.Verdicts, v => Assert.Null(v.Handshake));
    }

    [Fact]
    public void AHandshakeAgreesWithTheStaticVerdictAndTheJsonUsesSnakeCase()
    {
        var (report, _) = Judge("serverauth-only-ec.chain.pem", "serverauth-only-ec.key", TlsRole.Client, ["0xC0AE"], ["mbedtls-3.6"], HandshakePeer.BouncyCastle);
        var verdict = Assert.Single(report.Verdicts);
        Assert.False(verdict.Compatible);
        Assert.Equal("tls.cert.ext_key_usage", Assert.Single(verdict.Reasons).Rule);
        Assert.False(verdict.Handshake!.Ok);
        Assert.True(verdict.Handshake.AgreesWithStatic);
        using var json = JsonDocument.Parse(report.ToJson());
        var first = json.RootElement.GetProperty("verdicts")[0];
        Assert.Equal("client", first.GetProperty("role").GetString());
        Assert.Contains("MBEDTLS_ERR_SSL_BAD_CERTIFICATE", first.GetProperty("reasons")[0].GetProperty("target_error").GetString());
        Assert.Equal("server", first.GetProperty("handshake").GetProperty("raised_by").GetString());
    }

    [Fact]
    public void TheTextReportIsATableWithReasonsUnderEachSuite()
    {
        var (report, _) = Judge("server-rsa.chain.pem", "server-rsa.key", TlsRole.Server, ["ECDHE-ECDSA-AES128-CCM8"], ["mbedtls-3.6"]);
        var text = new StringWriter();
        TlsCheckTextReport.Write(text, report);
        var lines = text.ToString().Split('\n');
        Assert.StartsWith("cert.pem: ", lines[0]);
        Assert.EndsWith(" as server certificate", lines[0]);
        Assert.StartsWith("SUITE ", lines[2]);
        Assert.StartsWith("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8  0xC0AE  mbedtls-3.6  NOT compatible", lines[3]);
        Assert.Contains(lines, l => l.StartsWith("    tls.key.type: ", StringComparison.Ordinal));
    }
}
