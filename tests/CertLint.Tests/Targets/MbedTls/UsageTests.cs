using CertLint.Targets.MbedTls;

namespace CertLint.Tests.Targets.MbedTls;

/// <summary>mbedtls_ssl_check_cert_usage and ssl_pick_cert for each key exchange family and role.</summary>
public class UsageTests
{
    private static MbedTlsUsageResult Check(string target, string file, string suite, string role, IReadOnlyList<string>? groups = null)
    {
        var config = MbedTlsTarget.Load(target).DefaultConfig();
        return new MbedTlsTlsUsage(config).Check(VerifyTests.Crt(config, file), suite, role, groups);
    }

    [Theory]
    [InlineData("mbedtls-2.16")]
    [InlineData("mbedtls-2.28")]
    [InlineData("mbedtls-3.6")]
    [InlineData("mbedtls-4.0")]
    public void EcdheEcdsaCcm8ServerCertificateIsUsable(string target)
    {
        var r = Check(target, "server-ec.pem", "TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8", "server");
        Assert.True(r.Ok, string.Join("; ", r.Reasons));
        Assert.Equal("0xC0AE", r.SuiteId);
        Assert.Equal("ECDHE_ECDSA", r.KeyExchange);
        Assert.True(r.Selected);
    }

    [Fact]
    public void SuitesAreFoundByIanaNameMbedTlsNameAndCode()
    {
        Assert.Equal("0xC0AE", Check("mbedtls-3.6", "server-ec.pem", "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", "server").SuiteId);
        Assert.Equal("0xC0AE", Check("mbedtls-3.6", "server-ec.pem", "MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", "server").SuiteId);
        Assert.Equal("TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8", Check("mbedtls-3.6", "server-ec.pem", "0xc0ae", "server").Suite);
    }

    [Fact]
    public void RsaKeyExchangeNeedsKeyEnciphermentAndIsGoneIn40()
    {
        var ok = Check("mbedtls-2.28", "server-rsa-kex.pem", "TLS-RSA-WITH-AES-128-GCM-SHA256", "server");
        Assert.True(ok.Ok, string.Join("; ", ok.Reasons));
        var bad = Check("mbedtls-2.28", "server-rsa.pem", "TLS-RSA-WITH-AES-128-GCM-SHA256", "server");
        Assert.Equal(MbedTlsVerifyFlags.KeyUsage, bad.UsageFlags);
        Assert.False(bad.Selected);
        Assert.Contains(bad.Reasons, r => r.Contains("keyEncipherment"));
        var e = Assert.Throws<MbedTlsConfigException>(() => Check("mbedtls-4.0", "server-rsa-kex.pem", "TLS-RSA-WITH-AES-128-GCM-SHA256", "server"));
        Assert.Contains("not in the default ciphersuite list of Mbed TLS 4.0.0", e.Message);
    }

    [Fact]
    public void EcdheRsaNeedsAnRsaKeyWithDigitalSignature()
    {
        Assert.True(Check("mbedtls-3.6", "server-rsa.pem", "TLS-ECDHE-RSA-WITH-AES-128-GCM-SHA256", "server").Ok);
        var wrongKey = Check("mbedtls-3.6", "server-ec.pem", "TLS-ECDHE-RSA-WITH-AES-128-GCM-SHA256", "server");
        Assert.False(wrongKey.Selected);
        Assert.Contains(wrongKey.Reasons, r => r.Contains("needs a key that can do RSA"));
        Assert.Equal(MbedTlsVerifyFlags.KeyUsage, Check("mbedtls-3.6", "server-rsa-kex.pem", "TLS-DHE-RSA-WITH-AES-128-GCM-SHA256", "server").UsageFlags);
    }

    [Fact]
    public void EcdhNeedsKeyAgreementAndAnEcKey()
    {
        Assert.True(Check("mbedtls-2.16", "server-ecdh.pem", "TLS-ECDH-ECDSA-WITH-AES-128-GCM-SHA256", "server").Ok);
        Assert.Equal(MbedTlsVerifyFlags.KeyUsage, Check("mbedtls-2.16", "server-ec.pem", "TLS-ECDH-ECDSA-WITH-AES-128-GCM-SHA256", "server").UsageFlags);
        Assert.Equal(MbedTlsVerifyFlags.KeyUsage, Check("mbedtls-2.16", "server-ecdh.pem", "TLS-ECDHE-ECDSA-WITH-AES-128-GCM-SHA256", "server").UsageFlags);
    }

    [Fact]
    public void PskSuitesNeedNoCertificate()
    {
        var r = Check("mbedtls-3.6", "server-ecdh.pem", "TLS-PSK-WITH-AES-128-GCM-SHA256", "server");
        Assert.False(r.CertificateNeeded);
        Assert.Null(r.Selected);
        Assert.Contains(r.Reasons, x => x.Contains("no certificate is needed"));
    }

    [Fact]
    public void ClientCertificatesNeedDigitalSignatureAndClientAuth()
    {
        Assert.True(Check("mbedtls-3.6", "client-ec.pem", "TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8", "client").Ok);
        var serverOnly = Check("mbedtls-3.6", "server-ec.pem", "TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8", "client");
        Assert.Equal(MbedTlsVerifyFlags.ExtKeyUsage, serverOnly.UsageFlags);
        Assert.Equal("Usage does not match the extendedKeyUsage extension", Assert.Single(serverOnly.UsageFlagTexts).Text);
        Assert.Equal(MbedTlsVerifyFlags.KeyUsage, Check("mbedtls-3.6", "server-ecdh.pem", "TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8", "client").UsageFlags & MbedTlsVerifyFlags.KeyUsage);
        Assert.Equal(MbedTlsVerifyFlags.ExtKeyUsage, Check("mbedtls-3.6", "client-ec.pem", "TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8", "server").UsageFlags);
    }

    [Fact]
    public void Tls13NeedsDigitalSignature()
    {
        Assert.True(Check("mbedtls-3.6", "server-ec.pem", "TLS1-3-AES-128-GCM-SHA256", "server").Ok);
        Assert.Equal(MbedTlsVerifyFlags.KeyUsage, Check("mbedtls-3.6", "server-rsa-kex.pem", "TLS1-3-AES-128-GCM-SHA256", "server").UsageFlags);
    }

    [Theory]
    [InlineData("mbedtls-2.16", true)]
    [InlineData("mbedtls-2.28", true)]
    [InlineData("mbedtls-3.6", false)]
    [InlineData("mbedtls-4.0", true)]
    public void Secp256k1IsPickedOnlyWhenOfferedOrWhenTheCheckIsBroken(string target, bool picked)
    {
        var r = Check(target, "server-secp256k1.pem", "TLS-ECDHE-ECDSA-WITH-AES-128-GCM-SHA256", "server");
        Assert.Equal(picked, r.Selected);
        if (target == "mbedtls-4.0")
        {
            Assert.Contains(r.Reasons, x => x.Contains("never fires"));
        }
    }

    [Fact]
    public void OfferedGroupsOverrideTheDefault()
    {
        Assert.False(Check("mbedtls-3.6", "server-ec.pem", "TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8", "server", ["secp384r1"]).Selected);
        Assert.True(Check("mbedtls-3.6", "server-secp256k1.pem", "TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8", "server", ["secp256k1"]).Selected);
    }
}
