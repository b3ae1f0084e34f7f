using System.Text.Json;
using CertLint.Targets.MbedTls;
using CertLint.Tests.Cli;
using CertLint.Tls.Material;
using CertLint.Tls.Probe;
using CertLint.Tls.Reports;

namespace CertLint.Tests.Tls.Probe;

/// <summary>probe's offers, judge, JSON and text report in the library, without the command line.</summary>
public class ProbeJudgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private static ProbeRequest Request(ClientHelloOffer offer, string? asRelease = null, IReadOnlyList<CertLint.X509.Certificate>? anchors = null, int port = 4433, bool bisect = false) => new()
    {
        Target = new ProbeTarget("127.0.0.1", port, TimeSpan.FromSeconds(10)),
        As = asRelease,
        Offer = offer,
        Bisect = bisect,
        Anchors = anchors ?? [],
        Builds = MbedTlsBuilds.Create([asRelease ?? "mbedtls-3.6"], [], [], [], MbedTlsExtCallback.None),
        Clock = new FixedClock(Now),
        WorkingDirectory = Fixtures.RepoRoot,
    };

    private static ProbeAttempt Attempt(ClientHelloOffer offer, ProbeOutcome outcome, ProbeHandshake? handshake = null) => new()
    {
        Offer = offer,
        HelloBytes = 180,
        Outcome = outcome,
        BytesReceived = outcome == ProbeOutcome.Ok ? 900 : 0,
        After = outcome == ProbeOutcome.Ok ? null : "ClientHello",
        Milliseconds = 12.345,
        Events = ["sent ClientHello"],
        Handshake = handshake,
    };

    [Fact]
    public void DefaultOfferForTls12HasNoTls13PartsAndEndsWithTheRenegotiationScsv()
    {
        var offer = ProbeOffers.Default("1.2", null);
        Assert.Equal(["1.2"], offer.Versions);
        Assert.DoesNotContain(offer.Suites, ProbeSuites.IsTls13);
        Assert.Equal(ProbeSuites.EmptyRenegotiationInfoScsv, offer.Suites[^1]);
        Assert.False(offer.Offers(ProbeExtension.SupportedVersions));
        Assert.False(offer.Offers(ProbeExtension.Named("server_name").Code));
        Assert.True(ProbeOffers.Default(null, "device.example.test").Offers(ProbeExtension.Named("server_name").Code));
    }

    [Fact]
    public void SuitesReplaceTheOfferedOnesAndKeepTheSignallingValue()
    {
        var offer = ProbeOffers.Adjust(ProbeOffers.Default("1.2", null), new ProbeOfferChanges { Suites = ["TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8", ""] });
        Assert.Equal([ProbeSuites.Resolve("TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8"), ProbeSuites.EmptyRenegotiationInfoScsv], offer.Suites);
        var without = ProbeOffers.Adjust(offer, new ProbeOfferChanges { Without = ["encrypt_then_mac"], RecordSizeLimit = 512 });
        Assert.False(without.Offers(ProbeExtension.EncryptThenMac));
        Assert.Equal("record_size_limit=512", without.Extensions[^1].ToString());
        Assert.Null(without.Change);
    }

    [Theory]
    [InlineData("1.1", null, "--tls must be 1.2 or 1.3, not '1.1'")]
    [InlineData(null, 63, "--record-size-limit must be between 64 and 16385")]
    public void ChangesThatCannotApplyAreFormatErrors(string? tls, int? recordSizeLimit, string message)
    {
        var ex = Assert.Throws<FormatException>(() => ProbeOffers.Adjust(ProbeOffers.Default(null, null), new ProbeOfferChanges { Tls = tls, RecordSizeLimit = recordSizeLimit }));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void AReleaseOfferRestrictedToTls13KeepsOnlyTls13Suites()
    {
        var build = MbedTlsBuilds.Create(["mbedtls-3.6"], [], [], [], MbedTlsExtCallback.None)[0];
        var offer = ProbeOffers.Adjust(MbedTlsClientHellos.Offer(build, null), new ProbeOfferChanges { Tls = "1.3", As = "mbedtls-3.6" });
        Assert.Equal(["1.3"], offer.Versions);
        Assert.All(offer.Suites, s => Assert.True(ProbeSuites.IsTls13(s)));
    }

    [Fact]
    public void ReportOfAnUnansweredOfferAndItsCauseInJsonAndText()
    {
        var first = ProbeOffers.Default("1.2", null);
        var second = first.Without(ProbeExtension.EncryptThenMac, "without encrypt_then_mac");
        var report = ProbeJudge.Report(Request(first), [Attempt(first, ProbeOutcome.Eof), Attempt(second, ProbeOutcome.Ok)],
            new ProbeCause("extension", "encrypt_then_mac", "the server refuses encrypt_then_mac"));
        Assert.False(report.Answered());
        Assert.Null(report.Handshake);   // two attempts: the chain is judged only for a lone successful one

        var json = JsonDocument.Parse(report.ToJson()).RootElement;
        Assert.Equal("127.0.0.1:4433", json.GetProperty("target").GetString());
        var attempts = json.GetProperty("attempts").EnumerateArray().ToList();
        Assert.Equal("eof", attempts[0].GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, attempts[0].GetProperty("offer").GetProperty("change").ValueKind);
        Assert.Equal("without encrypt_then_mac", attempts[1].GetProperty("offer").GetProperty("change").GetString());
        Assert.Equal(180, attempts[0].GetProperty("offer").GetProperty("hello_bytes").GetInt32());
        Assert.Equal(12.3, attempts[0].GetProperty("milliseconds").GetDouble());
        Assert.Contains("encrypt_then_mac", attempts[0].GetProperty("offer").GetProperty("extensions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("extension", json.GetProperty("cause").GetProperty("kind").GetString());

        var text = new StringWriter();
        ProbeTextReport.Write(text, report, verbose: false, bisect: true);
        Assert.Equal(
            "probe 127.0.0.1:4433\n" +
            "  attempt 1 (first offer, ClientHello 180 bytes): eof after ClientHello: closed with no alert, 0 bytes received\n" +
            "  attempt 2 (without encrypt_then_mac, ClientHello 180 bytes): ok\n" +
            "cause: the server refuses encrypt_then_mac\n",
            text.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void NoAnswerWithoutBisectSuggestsIt()
    {
        var offer = ProbeOffers.Default(null, null);
        var text = new StringWriter();
        ProbeTextReport.Write(text, ProbeJudge.Report(Request(offer), [Attempt(offer, ProbeOutcome.Timeout)], null), verbose: false, bisect: false);
        Assert.EndsWith("next: run again with --bisect to find what the server refuses\n", text.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void TheChainOfASuccessfulHandshakeIsJudgedPerCertificate()
    {
        var chain = TlsMaterial.ReadCertificates(Fixtures.Path("tls/server-rsa.chain.pem")).Select(c => c.Model).ToList();
        var anchors = TlsMaterial.ReadCertificates(Fixtures.Path("tls/ca.pem")).Select(c => c.Model).ToList();
        var offer = ProbeOffers.Default("1.2", null);
        var handshake = new ProbeHandshake("1.2", 0xC02F, 0x0017, chain.Select(c => c.Encoded.ToArray()).ToList());
        var report = ProbeJudge.Report(Request(offer, "mbedtls-3.6", anchors), [Attempt(offer, ProbeOutcome.Ok, handshake)], null);

        Assert.True(report.Answered());
        var h = Assert.IsType<ProbeHandshakeJson>(report.Handshake);
        Assert.Equal("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", h.Suite);
        Assert.Equal("secp256r1", h.Group);
        Assert.Equal(chain.Count, h.Chain.Count);
        Assert.Equal(chain[0].Subject.ToString(), h.Chain[0].Subject);
        Assert.True(h.Chain[0].SignatureVerified);
        Assert.Equal("0", h.Chain[0].Mbedtls["mbedtls-3.6"]);
        Assert.Equal("leaf", h.Chain[0].Role);
        Assert.NotNull(h.Chain[0].Verify);
        Assert.NotNull(h.Chain[0].Stacks);
        var json = JsonDocument.Parse(report.ToJson()).RootElement.GetProperty("handshake").GetProperty("chain")[0];
        Assert.True(json.GetProperty("signature_verified").GetBoolean());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("findings").ValueKind);
    }

    [Fact]
    public void AServerCertificateOfTooManyElementsIsNotEmulated()
    {
        // A hostile server may send a certificate of millions of elements; Mbed TLS's emulation modelled them all.
        var huge = CertLint.Tests.Hostile.HostileKit.Certificate("huge", Enumerable.Range(0, 120_000).Select(i => $"h{i}.example"));
        var offer = ProbeOffers.Default("1.2", null);
        var handshake = new ProbeHandshake("1.2", 0xC02F, 0x0017, [huge]);
        var report = ProbeJudge.Report(Request(offer, "mbedtls-3.6"), [Attempt(offer, ProbeOutcome.Ok, handshake)], null);
        var h = Assert.IsType<ProbeHandshakeJson>(report.Handshake);
        Assert.Equal("(does not decode)", h.Chain[0].Subject);
        Assert.StartsWith("not judged: more than 100000 ASN.1 elements in one object", h.Chain[0].Mbedtls["mbedtls-3.6"]);
    }

    [Fact]
    public void RunConnectsToTheServerAndReportsTheHandshake()
    {
        using var server = new BcTestServer();
        var port = server.Port;
        var report = ProbeJudge.Run(Request(ProbeOffers.Default(null, null), port: port));
        Assert.True(report.Answered());
        Assert.Equal(server.Address, report.Target);
        Assert.Equal("1.3", report.Handshake!.Version);
        Assert.Equal("CN=CertLint handshake peer", report.Handshake.Chain[0].Subject);
    }
}
