using CertLint.Targets.MbedTls;

namespace CertLint.Tests.Targets.MbedTls;

/// <summary>Reading config.h / mbedtls_config.h and toggling options, per release.</summary>
public class ConfigTests
{
    [Fact]
    public void UnknownTargetListsTheKnownOnes()
    {
        var e = Assert.Throws<MbedTlsConfigException>(() => MbedTlsTarget.Load("mbedtls-3.5"));
        Assert.Contains("mbedtls-2.16, mbedtls-2.28, mbedtls-3.6, mbedtls-4.0", e.Message);
    }

    [Fact]
    public void DefaultsComeFromTheReleaseHeader()
    {
        var c216 = MbedTlsTarget.Load("mbedtls-2.16").DefaultConfig();
        Assert.True(c216.IsDefined("MBEDTLS_X509_RSASSA_PSS_SUPPORT"));
        Assert.False(c216.IsDefined("MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION"));
        Assert.True(c216.IsDefined("MBEDTLS_ECP_DP_SECP192R1_ENABLED"));
        var c40 = MbedTlsTarget.Load("mbedtls-4.0").DefaultConfig();
        Assert.False(c40.IsDefined("PSA_WANT_ECC_SECP_R1_192"));
        Assert.True(c40.IsDefined("PSA_WANT_ECC_SECP_R1_256"));
        Assert.Empty(c40.ChangesFromDefault());
    }

    [Fact]
    public void HeaderLinesDefineAndUndefine()
    {
        const string header = """
            /* Example config.h */
            #define MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION
            //#define MBEDTLS_SHA1_C
            /* #define MBEDTLS_PEM_PARSE_C */
            #undef MBEDTLS_ECP_DP_SECP192R1_ENABLED
            #define MBEDTLS_SSL_MAX_CONTENT_LEN 4096
            /*
             * #define MBEDTLS_RSA_C is documented here, not set
            #define MBEDTLS_ECDSA_C
             */
            #define MBEDTLS_NOT_AN_OPTION_ANYWHERE
            """;
        var config = MbedTlsConfig.ParseConfigHeader(MbedTlsTarget.Load("mbedtls-2.16"), header, "config.h");
        Assert.True(config.IsDefined("MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION"));
        Assert.False(config.IsDefined("MBEDTLS_SHA1_C"));
        Assert.False(config.IsDefined("MBEDTLS_PEM_PARSE_C"));
        Assert.False(config.IsDefined("MBEDTLS_ECP_DP_SECP192R1_ENABLED"));
        Assert.False(config.IsDefined("MBEDTLS_ECDSA_C")); // inside a block comment
        Assert.True(config.IsDefined("MBEDTLS_RSA_C"));    // not mentioned: release default
        Assert.Contains(config.Notes, n => n.Contains("config.h:11") && n.Contains("MBEDTLS_NOT_AN_OPTION_ANYWHERE"));
        Assert.Contains("+MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION", config.ChangesFromDefault());
        Assert.Contains("-MBEDTLS_SHA1_C", config.ChangesFromDefault());
    }

    [Fact]
    public void AnOptionTheReleaseDoesNotHaveNamesItsReplacement()
    {
        var e = Assert.Throws<MbedTlsConfigException>(() =>
            MbedTlsConfig.ParseConfigHeader(MbedTlsTarget.Load("mbedtls-3.6"), "\n#define MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION\n", "mbedtls_config.h"));
        Assert.StartsWith("mbedtls_config.h:2: MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION does not exist in Mbed TLS 3.6.6", e.Message);
        Assert.Contains("--mbedtls-ext-cb accept-all", e.Message);
        // Commented out, a removed option is harmless.
        MbedTlsConfig.ParseConfigHeader(MbedTlsTarget.Load("mbedtls-3.6"), "//#define MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION\n", "x.h");
        var e4 = Assert.Throws<MbedTlsConfigException>(() => MbedTlsTarget.Load("mbedtls-4.0").DefaultConfig().Undef("MBEDTLS_ECP_DP_SECP256R1_ENABLED"));
        Assert.Contains("PSA_WANT_ECC_SECP_R1_256", e4.Message);
        var e2 = Assert.Throws<MbedTlsConfigException>(() => MbedTlsTarget.Load("mbedtls-2.28").DefaultConfig().Define("MBEDTLS_SHA384_C"));
        Assert.Contains("MBEDTLS_SHA512_C", e2.Message);
        var unknown = Assert.Throws<MbedTlsConfigException>(() => MbedTlsTarget.Load("mbedtls-3.6").DefaultConfig().Define("MBEDTLS_BOGUS"));
        Assert.Equal("MBEDTLS_BOGUS is not a configuration option of Mbed TLS 3.6.6", unknown.Message);
    }

    [Fact]
    public void HashAndKeyOptionsChangeWhatParses()
    {
        var noSha256 = MbedTlsTarget.Load("mbedtls-3.6").DefaultConfig().Undef("MBEDTLS_SHA256_C");
        var r = new MbedTlsEmulator(noSha256).ParseFile(MbedTlsFixtures.Bytes("certs", "server-ec.pem"));
        Assert.Equal(-0x262E, r.Code);
        Assert.Equal("X509 - Signature algorithm (oid) is unsupported : OID - OID is not found", r.Text);
        Assert.Contains(r.Entries[0].Parse!.Fixes, f => f.Text.Contains("Define MBEDTLS_SHA256_C"));

        var noCurve = MbedTlsTarget.Load("mbedtls-2.28").DefaultConfig().Undef("MBEDTLS_ECP_DP_SECP256R1_ENABLED");
        Assert.Equal(-0x3A00, new MbedTlsEmulator(noCurve).ParseFile(MbedTlsFixtures.Bytes("certs", "server-ec.pem")).Code);

        var noRsa = MbedTlsTarget.Load("mbedtls-4.0").DefaultConfig().Undef("PSA_WANT_KEY_TYPE_RSA_PUBLIC_KEY");
        Assert.Equal(-0x3C80, new MbedTlsEmulator(noRsa).ParseFile(MbedTlsFixtures.Bytes("certs", "server-rsa.pem")).Code);
    }

    [Fact]
    public void NonV3ExtensionsOptionOnlyIn2x()
    {
        Assert.True(MbedTlsTarget.Load("mbedtls-2.28").DefaultConfig().Define("MBEDTLS_X509_ALLOW_EXTENSIONS_NON_V3").IsDefined("MBEDTLS_X509_ALLOW_EXTENSIONS_NON_V3"));
        var e = Assert.Throws<MbedTlsConfigException>(() => MbedTlsTarget.Load("mbedtls-3.6").DefaultConfig().Define("MBEDTLS_X509_ALLOW_EXTENSIONS_NON_V3"));
        Assert.Contains("re-issue the certificate as v3", e.Message);
    }
}
