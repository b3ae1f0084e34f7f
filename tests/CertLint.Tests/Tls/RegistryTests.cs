using CertLint.Tls.Stacks;
using CertLint.Tls.Suites;

namespace CertLint.Tests.Tls;

public class RegistryTests
{
    private static readonly CipherSuiteRegistry Registry = CipherSuiteRegistry.Default;

    [Theory]
    [InlineData("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8")]
    [InlineData("TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8")]
    [InlineData("MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8")]
    [InlineData("mbedtls-tls-ecdhe-ecdsa-with-aes-128-ccm-8")]
    [InlineData("ECDHE-ECDSA-AES128-CCM8")]
    [InlineData("0xC0AE")]
    [InlineData("0xc0ae")]
    [InlineData("C0AE")]
    public void FindsTheSeedSuiteByEveryName(string name)
    {
        var suite = Registry.Find(name);
        Assert.Equal(0xC0AE, suite.Code);
        Assert.Equal("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", suite.IanaName);
        Assert.Equal("TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8", suite.MbedTlsName);
        Assert.Equal("ECDHE-ECDSA-AES128-CCM8", suite.OpenSslName);
        Assert.Equal(KeyExchange.EcdheEcdsa, suite.KeyExchange);
        Assert.Equal("ECDSA", suite.Authentication);
        Assert.Equal("AES_128_CCM_8", suite.Cipher);
        Assert.Equal("AEAD", suite.Mac);
        Assert.Equal(["1.2"], suite.Versions);
        Assert.Equal(["2.16", "2.28", "3.6", "4.0"], suite.MbedTlsDefaultIn);
    }

    [Fact]
    public void Tls13SuitesAreFoundByTheirMbedTlsMacroToo()
    {
        var suite = Registry.Find("MBEDTLS_TLS1_3_AES_128_GCM_SHA256");
        Assert.Equal(0x1301, suite.Code);
        Assert.Equal(KeyExchange.Tls13, suite.KeyExchange);
        Assert.Equal(["1.3"], suite.Versions);
    }

    [Fact]
    public void IanaNamesThatDifferFromMbedTlsNamesResolveToTheSameSuite()
    {
        // RFC 6655 names 0xC0AA TLS_PSK_DHE_WITH_AES_128_CCM_8; Mbed TLS calls it TLS-DHE-PSK-WITH-AES-128-CCM-8.
        Assert.Same(Registry.Find("TLS_PSK_DHE_WITH_AES_128_CCM_8"), Registry.Find("TLS-DHE-PSK-WITH-AES-128-CCM-8"));
        Assert.False(Registry.Find("0xC0AA").KeyExchange.UsesCertificate());
    }

    [Fact]
    public void EveryMbedTlsDefaultSuiteOfEveryVersionIsInTheRegistry()
    {
        foreach (var version in new[] { "2.16", "2.28", "3.6", "4.0" })
        {
            var listed = Registry.All.Count(s => s.MbedTlsDefaultIn.Contains(version));
            Assert.True(listed > 60, $"{version}: only {listed} suites");
        }
        Assert.Equal(67, Registry.All.Count(s => s.MbedTlsDefaultIn.Contains("4.0")));
        Assert.DoesNotContain(Registry.All, s => s.KeyExchange == KeyExchange.Rsa && s.MbedTlsDefaultIn.Contains("4.0"));
    }

    [Theory]
    [InlineData("TLS_NO_SUCH_SUITE")]
    [InlineData("0x0000")]
    [InlineData("0xZZZZ")]
    [InlineData("0xFFFF")]
    public void UnknownSuitesAreAClearError(string name)
    {
        var ex = Assert.Throws<UnknownCipherSuiteException>(() => Registry.Find(name));
        Assert.Contains($"unknown ciphersuite '{name}'", ex.Message);
    }

    [Fact]
    public void UnknownSuiteSuggestsNearNames()
    {
        var ex = Assert.Throws<UnknownCipherSuiteException>(() => Registry.Find("ECDHE-ECDSA-AES128-CCM9"));
        Assert.Contains("TLS_ECDHE_ECDSA_WITH_AES_128_CCM", ex.Message);
    }

    [Fact]
    public void GroupsAndSchemesAndStacksLoad()
    {
        Assert.Equal(0x0017, NamedGroups.Find("P-256").Code);
        Assert.Equal("secp256r1", NamedGroups.Find("prime256v1").Name);
        Assert.Equal("secp256k1", NamedGroups.ByCurveOid("1.3.132.0.10")!.Name);
        Assert.Equal(0x0403, SignatureSchemes.Find("ecdsa_secp256r1_sha256").Code);
        Assert.Equal("rsa_pkcs1_sha1", SignatureSchemes.Find("0x0201").Name);
        var stack = TlsStack.Find("mbedtls-3.6");
        Assert.DoesNotContain(stack.Groups, g => g.Name == "secp256k1");
        Assert.False(TlsStack.Find("mbedtls-4.0").ServerChecksCurve);
        Assert.NotNull(stack.Cite("tls.cert.key_usage", CertLint.Tls.TlsRole.Client));
        Assert.Contains("unknown target 'mbedtls-9'", Assert.Throws<FormatException>(() => TlsStack.Find("mbedtls-9")).Message);
    }
}
