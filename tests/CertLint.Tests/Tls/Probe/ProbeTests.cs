using System.Text.Json;
using CertLint.Tests.Cli;
using CertLint.Tls.Probe;

namespace CertLint.Tests.Tls.Probe;

/// <summary>
/// `certlint probe` against servers on 127.0.0.1 that the tests start and stop: a BouncyCastle server, openssl
/// s_server, and intolerant servers whose refusal --bisect must name.
/// </summary>
public class ProbeTests
{
    private const string Seed = "TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8";

    private static JsonElement Json(CliResult result)
    {
        Assert.True(result.Stderr.Length == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    private static CliResult Probe(string address, params string[] args) =>
        CliRunner.Run(["probe", address, "--timeout", "10", "--format", "json", .. args]);

    [Fact]
    public void BouncyCastleServerHandshakesWithTheDefaultOffer()
    {
        using var server = new BcTestServer();
        var result = Probe(server.Address);
        Assert.Equal(0, result.ExitCode);
        var json = Json(result);
        Assert.Equal(server.Address, json.GetProperty("target").GetString());
        var attempt = Assert.Single(json.GetProperty("attempts").EnumerateArray());
        Assert.Equal("ok", attempt.GetProperty("outcome").GetString());
        Assert.True(attempt.GetProperty("bytes_received").GetInt64() > 0);
        Assert.Equal(JsonValueKind.Null, attempt.GetProperty("alert").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("cause").ValueKind);
        var handshake = json.GetProperty("handshake");
        Assert.Equal("1.3", handshake.GetProperty("version").GetString());
        Assert.Equal("CN=CertLint handshake peer", handshake.GetProperty("chain")[0].GetProperty("subject").GetString());
    }

    [Fact]
    public void SeedOfferAsMbedTls216NegotiatesCcm8WithATolerantServer()
    {
        using var server = new BcTestServer();
        var json = Json(Probe(server.Address, "--as", "mbedtls-2.16", "--suite", Seed));
        var handshake = json.GetProperty("handshake");
        Assert.Equal("1.2", handshake.GetProperty("version").GetString());
        Assert.Equal("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", handshake.GetProperty("suite").GetString());
        // 2.16 offers secp521r1 first; BouncyCastle's server takes the client's first group it supports.
        Assert.Equal("secp521r1", handshake.GetProperty("group").GetString());
    }

    [Fact]
    public void ServerClosingOnEncryptThenMacIsEofAndBisectNamesTheExtension()
    {
        using var server = new IntolerantServer((hello, _) => hello.Has(ProbeExtension.EncryptThenMac) ? Reaction.Close : Reaction.Serve);
        var json = Json(Probe(server.Address, "--as", "mbedtls-2.16", "--suite", Seed, "--bisect"));
        var attempts = json.GetProperty("attempts").EnumerateArray().ToList();
        Assert.Equal("eof", attempts[0].GetProperty("outcome").GetString());
        Assert.Equal(0, attempts[0].GetProperty("bytes_received").GetInt64());
        Assert.Equal("ClientHello", attempts[0].GetProperty("after").GetString());
        var cause = json.GetProperty("cause");
        Assert.Equal("extension", cause.GetProperty("kind").GetString());
        Assert.Equal("encrypt_then_mac", cause.GetProperty("name").GetString());
        Assert.Equal("the server closes the connection when encrypt_then_mac is offered", cause.GetProperty("text").GetString());
        Assert.Equal("ok", attempts[^1].GetProperty("outcome").GetString());
        Assert.Equal("without encrypt_then_mac", attempts[^1].GetProperty("offer").GetProperty("change").GetString());
    }

    [Fact]
    public void ServerResettingOnSessionTicketIsResetAndBisectNamesIt()
    {
        using var server = new IntolerantServer((hello, _) => hello.Has(ProbeExtension.SessionTicket) ? Reaction.Reset : Reaction.Serve);
        var json = Json(Probe(server.Address, "--as", "mbedtls-2.28", "--bisect"));
        Assert.Equal("reset", json.GetProperty("attempts")[0].GetProperty("outcome").GetString());
        Assert.Equal("session_ticket", json.GetProperty("cause").GetProperty("name").GetString());
        Assert.Contains("resets the connection", json.GetProperty("cause").GetProperty("text").GetString());
    }

    [Fact]
    public void ServerSendingAnAlertOnMaxFragmentLengthIsNamedWithTheValue()
    {
        using var server = new IntolerantServer((hello, _) => hello.Has(ProbeExtension.MaxFragmentLength) ? Reaction.Alert : Reaction.Serve);
        var json = Json(Probe(server.Address, "--as", "mbedtls-3.6", "--max-fragment-length", "512", "--bisect"));
        var first = json.GetProperty("attempts")[0];
        Assert.Equal("alert", first.GetProperty("outcome").GetString());
        var alert = first.GetProperty("alert");
        Assert.Equal("handshake_failure", alert.GetProperty("name").GetString());
        Assert.Equal(40, alert.GetProperty("code").GetInt32());
        Assert.Equal("server", alert.GetProperty("sent_by").GetString());
        Assert.Equal("ClientHello", alert.GetProperty("after").GetString());
        Assert.Equal("the server sends a handshake_failure alert when max_fragment_length=512 is offered",
            json.GetProperty("cause").GetProperty("text").GetString());
    }

    [Fact]
    public void ServerDroppingLargeHellosIsFoundToTheByte()
    {
        const int limit = 300;
        using var server = new IntolerantServer((_, size) => size > limit ? Reaction.Close : Reaction.Serve);
        var json = Json(Probe(server.Address, "--as", "mbedtls-2.16", "--bisect"));
        var first = json.GetProperty("attempts")[0];
        Assert.Equal("eof", first.GetProperty("outcome").GetString());
        Assert.True(first.GetProperty("offer").GetProperty("hello_bytes").GetInt32() > limit);
        var cause = json.GetProperty("cause");
        Assert.Equal("size", cause.GetProperty("kind").GetString());
        Assert.Equal($"{limit}", cause.GetProperty("name").GetString());
        Assert.StartsWith($"the server closes the connection when the ClientHello is larger than {limit} bytes", cause.GetProperty("text").GetString());
        Assert.True(json.GetProperty("attempts").GetArrayLength() <= 64);
    }

    [Fact]
    public void ServerRefusingOneSuiteIsToldApartFromASizeLimit()
    {
        using var server = new IntolerantServer((hello, _) => hello.Suites.Contains(0xC0AE) ? Reaction.Close : Reaction.Serve);
        var json = Json(Probe(server.Address, "--as", "mbedtls-2.16", "--bisect"));
        var cause = json.GetProperty("cause");
        Assert.Equal("suite", cause.GetProperty("kind").GetString());
        Assert.Equal("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", cause.GetProperty("name").GetString());
    }

    [Fact]
    public void ServerAcceptingOnlyOneGroupIsNamed()
    {
        using var server = new IntolerantServer((hello, _) => hello.Groups.Contains(0x0017) ? Reaction.Serve : Reaction.Alert);
        var json = Json(Probe(server.Address, "--tls", "1.2", "--groups", "x25519,secp384r1", "--bisect"));
        var cause = json.GetProperty("cause");
        Assert.Equal("group", cause.GetProperty("kind").GetString());
        Assert.Equal("secp256r1", cause.GetProperty("name").GetString());
        Assert.Equal("the server sends a handshake_failure alert unless secp256r1 is offered", cause.GetProperty("text").GetString());
    }

    [Fact]
    public void SilentServerIsATimeoutWithinTheLimit()
    {
        using var server = new IntolerantServer((_, _) => Reaction.Hang);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = CliRunner.Run("probe", server.Address, "--timeout", "0.5", "--format", "json");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("timeout", Json(result).GetProperty("attempts")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public void NoListenerIsConnectFailed()
    {
        int port;
        using (var server = new BcTestServer())
        {
            port = server.Port;
        }

        var json = Json(Probe($"127.0.0.1:{port}"));
        Assert.Equal("connect-failed", json.GetProperty("attempts")[0].GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("handshake").ValueKind);
    }

    [Fact]
    public void TheWireClientHelloOfMbedTls216IsTheReleasesDefault()
    {
        using var server = new IntolerantServer((_, _) => Reaction.Close);
        Probe(server.Address, "--as", "mbedtls-2.16", "--sni", "localhost");
        var hello = Assert.Single(server.Seen);
        Assert.Equal(0x0303, hello.LegacyVersion);
        // The same set as a real 2.16.12 ssl_client2 writes (fixtures/explain-log/eof-after-clienthello.2.16.log).
        Assert.Equal(new[] { 0, 10, 11, 13, 22, 23, 35 }, hello.Extensions.Select(e => e.Type).Order().ToArray());
        Assert.Equal(0xCCA8, hello.Suites[0]);
        Assert.Equal(0x00FF, hello.Suites[^1]);
        Assert.Contains(0xC0AE, hello.Suites);
        Assert.Equal(new[] { 0x19, 0x1C, 0x18, 0x1B, 0x17, 0x16, 0x1A, 0x15, 0x14, 0x13, 0x12 }, hello.Groups.ToArray());
        Assert.Equal(0x0603, hello.SigAlgs[0]);
    }

    [Fact]
    public void TextOutputListsAttemptsAndTheCause()
    {
        using var server = new IntolerantServer((hello, _) => hello.Has(ProbeExtension.EncryptThenMac) ? Reaction.Close : Reaction.Serve);
        var result = CliRunner.Run("probe", server.Address, "--as", "mbedtls-2.16", "--suite", Seed, "--bisect", "--verbose", "--timeout", "10");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("attempt 1 (first offer, ClientHello ", result.Stdout);
        Assert.Contains("eof after ClientHello: closed with no alert, 0 bytes received", result.Stdout);
        Assert.Contains("suites:     TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8, TLS_EMPTY_RENEGOTIATION_INFO_SCSV", result.Stdout);
        Assert.Contains("cause: the server closes the connection when encrypt_then_mac is offered", result.Stdout);
    }

    [Theory]
    [InlineData("nohost", "is not HOST:PORT")]
    [InlineData("127.0.0.1:99999", "is not a port number")]
    public void BadTargetsAreOneLineUsageErrors(string target, string message)
    {
        var result = CliRunner.Run("probe", target);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }
}
