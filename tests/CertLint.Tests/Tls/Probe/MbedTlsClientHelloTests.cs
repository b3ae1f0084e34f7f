using CertLint.Targets.MbedTls;
using CertLint.Tls.Probe;

namespace CertLint.Tests.Tls.Probe;

public class MbedTlsClientHelloTests
{
    private static ClientHelloOffer Offer(string target, string? header = null)
    {
        var t = MbedTlsTarget.Load(target);
        var config = header is null ? t.DefaultConfig() : MbedTlsConfig.ParseConfigHeader(t, header, "config.h", t.DefaultConfig());
        return MbedTlsClientHellos.Offer(config, "localhost");
    }

    [Fact]
    public void Release216OffersTls12WithItsExtensionsInSourceOrder()
    {
        var offer = Offer("mbedtls-2.16");
        Assert.Equal(["1.2"], offer.Versions);
        Assert.Equal(["server_name", "signature_algorithms", "supported_groups", "ec_point_formats", "encrypt_then_mac", "extended_master_secret", "session_ticket"],
            offer.Extensions.Select(e => e.Name));
        Assert.Equal(0x00FF, offer.Suites[^1]);
        // 2.16 does not filter PSK suites out of the ClientHello; 2.28 does.
        Assert.Contains(0x00A8, offer.Suites);
        Assert.DoesNotContain(0x00A8, Offer("mbedtls-2.28").Suites);
    }

    [Fact]
    public void Release36OffersBothVersionsAndAConfigWithoutTls13DropsTheTls13Parts()
    {
        var offer = Offer("mbedtls-3.6");
        Assert.Equal(["1.3", "1.2"], offer.Versions);
        Assert.Contains(offer.Extensions, e => e.Name == "key_share");
        Assert.Contains(0x1301, offer.Suites);
        var only12 = Offer("mbedtls-3.6", "//#define MBEDTLS_SSL_PROTO_TLS1_3\n");
        Assert.Equal(["1.2"], only12.Versions);
        Assert.DoesNotContain(only12.Extensions, e => e.Name is "key_share" or "supported_versions" or "psk_key_exchange_modes");
        Assert.DoesNotContain(only12.Suites, s => s >> 8 == 0x13);
    }

    [Fact]
    public void ConfigOptionsLeftUndefinedDropTheirExtensions()
    {
        var offer = Offer("mbedtls-2.16", "#undef MBEDTLS_SSL_ENCRYPT_THEN_MAC\n//#define MBEDTLS_SSL_SESSION_TICKETS\n");
        Assert.DoesNotContain(offer.Extensions, e => e.Name is "encrypt_then_mac" or "session_ticket");
        Assert.Contains(offer.Extensions, e => e.Name == "extended_master_secret");
        var withLimit = Offer("mbedtls-3.6", "#define MBEDTLS_SSL_RECORD_SIZE_LIMIT\n");
        Assert.Equal("record_size_limit=16384", withLimit.Extensions.Single(e => e.Name == "record_size_limit").ToString());
    }
}
