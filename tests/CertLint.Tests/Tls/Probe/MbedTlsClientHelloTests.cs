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

    [Fact]
    public void CiphersuitesOptionReplacesTheListInItsOrderAndTheClientStillFiltersIt()
    {
        var offer = Offer("mbedtls-2.28", """
            #define MBEDTLS_SSL_CIPHERSUITES MBEDTLS_TLS_PSK_WITH_AES_128_CCM_8, MBEDTLS_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, \
                MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 /* the device's */
            """);
        // 2.28 leaves PSK suites out when no PSK is configured; the signalling value stays last.
        Assert.Equal([0xC02F, 0xC0AE, 0x00FF], offer.Suites);
        var tls13 = Offer("mbedtls-3.6", "#define MBEDTLS_SSL_CIPHERSUITES MBEDTLS_TLS1_3_AES_128_GCM_SHA256,MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256\n");
        Assert.Equal([0x1301, 0xC02B, 0x00FF], tls13.Suites);
        var bad = Assert.Throws<MbedTlsConfigException>(() => Offer("mbedtls-3.6", "#define MBEDTLS_SSL_CIPHERSUITES MBEDTLS_TLS_NOT_A_SUITE\n"));
        Assert.Contains("MBEDTLS_TLS_NOT_A_SUITE", bad.Message);
    }

    [Fact]
    public void KeyExchangeAndCipherOptionsDropTheirSuites()
    {
        var offer = Offer("mbedtls-2.16", "#undef MBEDTLS_CCM_C\n//#define MBEDTLS_KEY_EXCHANGE_ECDHE_RSA_ENABLED\n");
        Assert.DoesNotContain(0xC0AE, offer.Suites);
        Assert.DoesNotContain(0xC02F, offer.Suites);
        Assert.Contains(0xC02B, offer.Suites);
        // No EC suite left: 2.x sends neither supported_groups nor ec_point_formats.
        var noEc = Offer("mbedtls-2.16", "#define MBEDTLS_SSL_CIPHERSUITES MBEDTLS_TLS_RSA_WITH_AES_128_GCM_SHA256\n");
        Assert.DoesNotContain(noEc.Extensions, e => e.Name is "supported_groups" or "ec_point_formats");
    }

    [Fact]
    public void CurveOptionsDropTheirGroupsAnd40ReadsThePsaOptions()
    {
        var offer = Offer("mbedtls-3.6", "//#define MBEDTLS_ECP_DP_CURVE25519_ENABLED\n#undef MBEDTLS_ECP_DP_BP256R1_ENABLED\n");
        Assert.DoesNotContain(0x1D, offer.Groups);
        Assert.DoesNotContain(0x1A, offer.Groups);
        Assert.Equal(0x17, offer.Groups[0]);
        var psa = Offer("mbedtls-4.0", "#undef PSA_WANT_ECC_MONTGOMERY_255\n#undef PSA_WANT_DH_RFC7919_2048\n#undef PSA_WANT_ALG_CCM\n");
        Assert.DoesNotContain(0x1D, psa.Groups);
        Assert.DoesNotContain(0x100, psa.Groups);
        Assert.Contains(0x101, psa.Groups);
        Assert.DoesNotContain(0x1304, psa.Suites);
        Assert.DoesNotContain(0xC0AC, psa.Suites);
        Assert.Contains(0x1301, psa.Suites);
    }
}
