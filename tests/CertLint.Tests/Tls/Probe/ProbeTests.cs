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
        var hello = Assert.Single(server.WaitForHellos(1));
        Assert.Equal(0x0303, hello.LegacyVersion);
        // The same extensions, in the same order, as a real 2.16.12 ssl_client2 writes (fixtures/explain-log/eof-after-clienthello.2.16.log).
        Assert.Equal(new[] { 0, 13, 10, 11, 22, 23, 35 }, hello.Extensions.Select(e => e.Type).ToArray());
        Assert.Equal(0xCCA8, hello.Suites[0]);
        Assert.Equal(0x00FF, hello.Suites[^1]);
        Assert.Contains(0xC0AE, hello.Suites);
        Assert.Equal(new[] { 0x19, 0x1C, 0x18, 0x1B, 0x17, 0x16, 0x1A, 0x15, 0x14, 0x13, 0x12 }, hello.Groups.ToArray());
        Assert.Equal(0x0603, hello.SigAlgs[0]);
    }

    [Theory]
    [InlineData("mbedtls-2.16")]
    [InlineData("mbedtls-2.28")]
    [InlineData("mbedtls-3.6")]
    [InlineData("mbedtls-4.0")]
    public void TheWireExtensionOrderIsTheReleasesOrderFromTheYaml(string release)
    {
        using var server = new IntolerantServer((_, _) => Reaction.Close);
        Probe(server.Address, "--as", release, "--sni", "localhost");
        var hello = Assert.Single(server.WaitForHellos(1));
        var target = CertLint.Targets.MbedTls.MbedTlsTarget.Load(release);
        var expected = MbedTlsClientHellos.Offer(target.DefaultConfig(), "localhost").Extensions.Select(e => e.Code);
        Assert.Equal(expected, hello.Extensions.Select(e => e.Type));
    }

    [Fact]
    public void ReorderedHellosStillCompleteTls12AndTls13Handshakes()
    {
        using var server = new BcTestServer();
        // Extended master secret (1.2) and the 1.3 key schedule both hash the ClientHello: they only work when the
        // hash covers the re-ordered bytes that were sent.
        foreach (var (release, version) in new[] { ("mbedtls-2.28", "1.2"), ("mbedtls-3.6", "1.3"), ("mbedtls-4.0", "1.3") })
        {
            var json = Json(Probe(server.Address, "--as", release));
            Assert.Equal("ok", json.GetProperty("attempts")[0].GetProperty("outcome").GetString());
            Assert.Equal(version, json.GetProperty("handshake").GetProperty("version").GetString());
        }

        // A server that wants secp384r1 answers 4.0's x25519 key share with a HelloRetryRequest: the second
        // ClientHello goes through the same re-ordering and hashing.
        using var retrying = new BcTestServer(groups: [0x18]);
        var retried = Json(Probe(retrying.Address, "--as", "mbedtls-4.0")).GetProperty("handshake");
        Assert.Equal("1.3", retried.GetProperty("version").GetString());
        Assert.Equal("secp384r1", retried.GetProperty("group").GetString());
    }

    [Fact]
    public void OkResultJudgesTheServersChainWithLintAndTheReleasesEmulation()
    {
        var material = CertLint.Tls.Material.TlsMaterial.Load(Fixtures.Path("chains/ec-expired.pem"), Fixtures.Path("chains/ec-expired.key"),
            Fixtures.Path("chains/ec-int.pem"), null, null);
        using var server = new BcTestServer(material);
        var result = Probe(server.Address, "--as", "mbedtls-3.6", "--ca", Fixtures.Path("chains/ec-root.pem"));
        Assert.Equal(0, result.ExitCode);
        var chain = Json(result).GetProperty("handshake").GetProperty("chain");
        Assert.Equal(2, chain.GetArrayLength());
        var leaf = chain[0];
        Assert.Equal("C=DE, O=CertLint Fixtures, CN=expired.example.test", leaf.GetProperty("subject").GetString());
        Assert.Equal("leaf", leaf.GetProperty("role").GetString());
        var findings = leaf.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "rfc5280.validity.expired");
        var verify = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "mbedtls.verify.expired");
        Assert.Equal("mbedtls-3.6", verify.GetProperty("target").GetString());
        Assert.Equal("0x00000001", verify.GetProperty("verify_flags").GetString());
        Assert.Equal("mbedtls-3.6 failed (-0x2700, flags 0x00000001)", leaf.GetProperty("verify").GetString());
        // Only the release the probe spoke as, with the usage check for the suite it negotiated.
        Assert.Equal(["mbedtls-3.6"], leaf.GetProperty("mbedtls").EnumerateObject().Select(p => p.Name));
        var stack = Assert.Single(leaf.GetProperty("stacks").EnumerateArray());
        Assert.True(stack.GetProperty("accepted").GetBoolean());
        Assert.Equal("failed", stack.GetProperty("verify").GetString());
        Assert.True(stack.GetProperty("usage").GetProperty("ok").GetBoolean());
        Assert.Equal("intermediate", chain[1].GetProperty("role").GetString());

        // Without --as every release's default judges it; without --ca verification is not run.
        var all = Json(Probe(server.Address)).GetProperty("handshake").GetProperty("chain")[0];
        Assert.Equal(CertLint.Targets.MbedTls.MbedTlsTarget.Names, all.GetProperty("mbedtls").EnumerateObject().Select(p => p.Name));
        Assert.Equal("not run (no --ca)", all.GetProperty("verify").GetString());
        Assert.Contains(all.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "rfc5280.validity.expired");

        var text = CliRunner.Run("probe", server.Address, "--as", "mbedtls-3.6", "--ca", Fixtures.Path("chains/ec-root.pem"), "--timeout", "10");
        Assert.Contains("chain[0] C=DE, O=CertLint Fixtures, CN=expired.example.test", text.Stdout);
        Assert.Contains("rfc5280.validity.expired: expired 2021-01-01T00:00:00Z", text.Stdout);
        Assert.Contains("verify: mbedtls-3.6 failed (-0x2700, flags 0x00000001)", text.Stdout);
    }

    [Fact]
    public void AConfigHeaderChangesTheSuitesAndGroupsOnTheWire()
    {
        var dir = Directory.CreateTempSubdirectory("certlint-probe-");
        try
        {
            var header = Path.Combine(dir.FullName, "config.h");
            File.WriteAllText(header, """
                /* The device's suites and curves */
                #define MBEDTLS_SSL_CIPHERSUITES MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8, \
                                                 MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256
                //#define MBEDTLS_ECP_DP_SECP521R1_ENABLED
                //#define MBEDTLS_ECP_DP_BP512R1_ENABLED
                #undef MBEDTLS_ECP_DP_SECP192R1_ENABLED

                """);
            using var server = new IntolerantServer((_, _) => Reaction.Serve);
            var json = Json(Probe(server.Address, "--as", "mbedtls-2.16", "--mbedtls-config", header));
            var hello = Assert.Single(server.WaitForHellos(1));
            Assert.Equal(new[] { 0xC0AE, 0xC02B, 0x00FF }, hello.Suites.ToArray());
            Assert.Equal(new[] { 0x18, 0x1B, 0x17, 0x16, 0x1A, 0x15, 0x14, 0x12 }, hello.Groups.ToArray());
            Assert.Equal("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", json.GetProperty("handshake").GetProperty("suite").GetString());
            Assert.Equal("secp384r1", json.GetProperty("handshake").GetProperty("group").GetString());
        }
        finally
        {
            dir.Delete(true);
        }
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
    [InlineData("127.0.0.1:443 --mbedtls-config config.h", "--mbedtls-config needs --as mbedtls-X")]
    public void BadTargetsAreOneLineUsageErrors(string target, string message)
    {
        var result = CliRunner.Run(["probe", .. target.Split(' ')]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }
}
