using CertLint.Tests.Cli;
using CertLint.Tls;
using CertLint.Tls.Handshake;

namespace CertLint.Tests.Tls;

/// <summary>
/// The handshake against the system's OpenSSL (`openssl s_server -cipher ECDHE-ECDSA-AES128-CCM8 -Verify 1` for the
/// seed scenario). CI installs openssl (.ci/run); on a machine without it these tests only check the notice.
/// </summary>
public class OpenSslInteropTests
{
    [Fact]
    public void SeedClientCertificateAgainstOpenSslServerWithVerify1()
    {
        var c = new TlsCase("client-ec.chain.pem", "ECDHE-ECDSA-AES128-CCM8", TlsRole.Client, "mbedtls-3.6");
        var result = OpenSslHandshake.Run(c.Context(), TimeSpan.FromSeconds(20));
        if (!OpenSslHandshake.IsAvailable())
        {
            Assert.Contains("openssl is not installed", result.NotRun);
            return;
        }
        Assert.True(result.Ok, $"{result.RaisedBy} {result.Alert}: {result.Detail}");
        Assert.Equal("openssl", result.Peer);
    }

    [Fact]
    public void OpenSslServerRefusesAServerAuthOnlyClientCertificate()
    {
        if (!OpenSslHandshake.IsAvailable())
        {
            return;
        }

        var c = new TlsCase("serverauth-only-ec.chain.pem", "ECDHE-ECDSA-AES128-CCM8", TlsRole.Client);
        var result = OpenSslHandshake.Run(c.Context(), TimeSpan.FromSeconds(20));
        Assert.False(result.Ok);
        Assert.Equal((TlsRole.Server, "unsupported_certificate"), (result.RaisedBy!.Value, result.Alert!));
    }

    [Fact]
    public void OpenSslClientAcceptsTheServerCertificateAndRefusesSha1()
    {
        if (!OpenSslHandshake.IsAvailable())
        {
            return;
        }

        Assert.True(OpenSslHandshake.Run(new TlsCase("server-ec.chain.pem", "0xC0AE").Context(), TimeSpan.FromSeconds(20)).Ok);
        var sha1 = OpenSslHandshake.Run(new TlsCase("server-sha1.chain.pem", "0xC0AE").Context(), TimeSpan.FromSeconds(20));
        Assert.False(sha1.Ok);
        Assert.Equal(TlsRole.Client, sha1.RaisedBy);
    }

    [Fact]
    public void CliPeerOpensslAgreesWithTheStaticVerdict()
    {
        if (!OpenSslHandshake.IsAvailable())
        {
            return;
        }

        var r = CliRunner.Run("tls-check", "--cert", Fixtures.Path("tls/client-ec.chain.pem"), "--key", Fixtures.Path("tls/client-ec.key"),
            "--ca", Fixtures.Path("tls/ca.pem"), "--suite", "ECDHE-ECDSA-AES128-CCM8", "--role", "client", "--handshake", "--peer", "openssl",
            "--format", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("\"peer\": \"openssl\"", r.Stdout);
        Assert.Contains("\"agrees_with_static\": true", r.Stdout);
    }
}
