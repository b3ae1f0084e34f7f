using CertLint.Tls;
using CertLint.Tls.Checks;
using CertLint.Tls.Handshake;

namespace CertLint.Tests.Tls;

/// <summary>Verdicts where no handshake can show anything, and the facts cited for a target.</summary>
public class StaticOnlyTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void EncryptedKeyWithoutPasswordIsUnreadableAndNoHandshakeRuns()
    {
        var c = new TlsCase("server-ec.chain.pem", "0xC0AE") { Key = "server-ec.encrypted.key" };
        var (verdict, handshake) = c.Run();
        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal("tls.key.unreadable", reason.RuleId);
        Assert.Contains("--key-password", reason.Message);
        Assert.NotNull(handshake.NotRun);
        Assert.Null(Agreement.Of(verdict, handshake));
    }

    [Fact]
    public void WrongPasswordSaysSo()
    {
        var c = new TlsCase("server-ec.chain.pem", "0xC0AE", TlsRole.Server, "mbedtls-3.6") { Key = "server-ec.encrypted.key", KeyPassword = "wrong" };
        var reason = Assert.Single(TlsChecker.Check(c.Context()).Reasons);
        Assert.Contains("does not decrypt", reason.Message);
        Assert.Contains("-0x3B80 MBEDTLS_ERR_PK_PASSWORD_MISMATCH", reason.StackError);
    }

    [Fact]
    public void PskSuitesNeedNoCertificate()
    {
        var c = new TlsCase("server-rsa.chain.pem", "TLS-PSK-WITH-AES-128-CCM-8");
        var (verdict, handshake) = c.Run();
        Assert.True(verdict.Compatible);
        Assert.Contains(verdict.Notes, n => n.Contains("no certificate is used"));
        Assert.NotNull(handshake.NotRun);
    }

    [Theory]
    [InlineData("ecdh-ec.chain.pem", "TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256", null)]
    [InlineData("server-ec.chain.pem", "TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256", "tls.cert.key_usage")]
    [InlineData("ecdh-rsa.chain.pem", "TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256", null)]
    [InlineData("ecdh-ec.chain.pem", "TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256", "tls.key.type")]
    public void StaticEcdhSuitesAreCheckedStatically(string cert, string suite, string? rule)
    {
        var c = new TlsCase(cert, suite);
        var (verdict, handshake) = c.Run();
        Assert.Equal(rule, verdict.First?.RuleId);
        Assert.Contains("ECDH_", handshake.NotRun);
    }

    [Fact]
    public void Mbedtls4SkipsTheServerCurveCheckThat36Makes()
    {
        var in36 = TlsChecker.Check(new TlsCase("server-secp256k1.chain.pem", "0xC0AE", TlsRole.Server, "mbedtls-3.6").Context()).First!;
        var in40 = TlsChecker.Check(new TlsCase("server-secp256k1.chain.pem", "0xC0AE", TlsRole.Server, "mbedtls-4.0").Context()).First!;
        Assert.Equal((TlsRole.Server, "handshake_failure"), (in36.RaisedBy, in36.Alert));
        Assert.Contains("-0x6E00 MBEDTLS_ERR_SSL_HANDSHAKE_FAILURE", in36.StackError);
        Assert.Equal((TlsRole.Client, "unsupported_certificate"), (in40.RaisedBy, in40.Alert));
        Assert.Contains("mbedtls_ssl_check_curve", in40.StackError);
    }

    [Fact]
    public void Mbedtls2CitesItsOwnErrorNames()
    {
        var reason = TlsChecker.Check(new TlsCase("serverauth-only-ec.chain.pem", "0xC0AE", TlsRole.Client, "mbedtls-2.28").Context()).First!;
        Assert.Contains("-0x7A00 MBEDTLS_ERR_SSL_BAD_HS_CERTIFICATE", reason.StackError);
        Assert.Contains("0x00001000", reason.StackError);
    }

    [Fact]
    public void MbedTlsTargetsRefuseCertificatesTheyCannotParse()
    {
        var c = new TlsCase("server-ed25519.chain.pem", "TLS_AES_128_GCM_SHA256", TlsRole.Client, "mbedtls-3.6");
        var (verdict, handshake) = c.Run();
        var parse = Assert.Single(verdict.Reasons, r => r.RuleId == "tls.mbedtls.parse");
        Assert.Contains("-0x3C80", parse.Message);
        Assert.Equal((TlsRole.Server, "bad_certificate"), (parse.RaisedBy, parse.Alert));
        // The client cannot even sign with Ed25519 for a 3.6 server, which comes first, in both views.
        Assert.Equal("tls.handshake.signature", verdict.First!.RuleId);
        Assert.True(Agreement.Of(verdict, handshake));
        Assert.DoesNotContain(TlsChecker.Check(new TlsCase("server-ed25519.chain.pem", "TLS_AES_128_GCM_SHA256").Context()).Reasons,
            r => r.RuleId == "tls.mbedtls.parse");
    }

    [Fact]
    public void WithoutCaTheChainIsNotJudgedAndSaysSo()
    {
        var verdict = TlsChecker.Check(new TlsCase("server-ec.pem", "0xC0AE") { WithCa = false }.Context());
        Assert.True(verdict.Compatible);
        Assert.Contains(verdict.Notes, n => n.Contains("--ca"));
    }

    [Fact]
    public void WarmHandshakeTakesMilliseconds()
    {
        var context = new TlsCase("server-ec.chain.pem", "0xC0AE").Context();
        InMemoryHandshake.Run(context);
        var times = Enumerable.Range(0, 9).Select(_ => InMemoryHandshake.Run(context)).Select(h => { Assert.True(h.Ok); return h.Milliseconds; }).Order().ToList();
        output.WriteLine($"warm handshake times (ms): {string.Join(", ", times.Select(t => t.ToString("0.0")))}");
        // A few ms to a few tens of ms warm (BouncyCastle's managed EC arithmetic; the machine is shared): the bound
        // catches a handshake that waits on something (a timeout, a stall) rather than computing.
        Assert.True(times[times.Count / 2] < 250, $"median {times[times.Count / 2]:0.0} ms");
    }
}
