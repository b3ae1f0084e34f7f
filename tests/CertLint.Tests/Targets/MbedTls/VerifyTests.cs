using CertLint.Targets.MbedTls;

namespace CertLint.Tests.Targets.MbedTls;

/// <summary>mbedtls_x509_crt_verify_with_profile on the fixture chains, for each profile.</summary>
public class VerifyTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    internal static MbedTlsCertificate Crt(MbedTlsConfig config, string file)
    {
        var r = new MbedTlsEmulator(config).ParseFile(MbedTlsFixtures.Bytes("certs", file));
        var parse = Assert.Single(r.Entries).Parse!;
        Assert.True(parse.Accepted, $"{file}: {parse.CodeHex} {parse.Cause}");
        return parse.Certificate!;
    }

    private static MbedTlsVerifyResult Verify(string target, string leaf, string profile = "default", string root = "root.pem",
        Action<MbedTlsConfig>? configure = null, DateTimeOffset? now = null)
    {
        var config = MbedTlsTarget.Load(target).DefaultConfig();
        configure?.Invoke(config);
        return new MbedTlsVerifier(config).Verify([Crt(config, leaf)], [Crt(config, root)], profile, now ?? Now);
    }

    [Theory]
    [InlineData("mbedtls-2.16")]
    [InlineData("mbedtls-2.28")]
    [InlineData("mbedtls-3.6")]
    [InlineData("mbedtls-4.0")]
    public void AGoodChainVerifiesUnderEveryProfile(string target)
    {
        foreach (var profile in new[] { "default", "next", "suiteb" })
        {
            var r = Verify(target, "server-ec.pem", profile);
            Assert.True(r.Verified, $"{profile}: {r.FlagsHex}");
            Assert.Equal("0x00000000", r.FlagsHex);
            Assert.Equal(2, r.Chain.Count);
            Assert.True(r.Chain[1].Trusted);
        }
    }

    [Fact]
    public void ExpiredAndFutureCertificatesAreFlagged()
    {
        var expired = Verify("mbedtls-3.6", "server-ec-expired.pem");
        Assert.Equal(MbedTlsVerifyFlags.Expired, expired.Flags);
        Assert.Equal(-0x2700, expired.Code);
        Assert.Equal("X509 - Certificate verification failed, e.g. CRL, CA or signature check failed", expired.Text);
        Assert.Equal("The certificate validity has expired", Assert.Single(expired.FlagTexts).Text);
        Assert.Equal(MbedTlsVerifyFlags.Future, Verify("mbedtls-3.6", "server-ec-future.pem").Flags);
        // Inside the leaf's validity the leaf is fine, but the root (valid from 2025) is then in the future: Mbed TLS
        // still uses it as a fallback parent and flags it.
        var early = Verify("mbedtls-3.6", "server-ec-expired.pem", now: new DateTimeOffset(2020, 6, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(0u, early.Chain[0].Flags);
        Assert.Equal(MbedTlsVerifyFlags.Future, early.Chain[1].Flags);
    }

    [Fact]
    public void AChainToAnotherRootIsNotTrusted()
    {
        var r = Verify("mbedtls-2.28", "server-ec.pem", root: "untrusted-root.pem");
        Assert.Equal(MbedTlsVerifyFlags.NotTrusted, r.Flags);
        Assert.Equal("The certificate is not correctly signed by the trusted CA", Assert.Single(r.FlagTexts).Text);
    }

    [Theory]
    [InlineData("mbedtls-2.16", "default", MbedTlsVerifyFlags.BadMd)]
    [InlineData("mbedtls-3.6", "default", MbedTlsVerifyFlags.BadMd)]
    [InlineData("mbedtls-3.6", "next", MbedTlsVerifyFlags.BadMd)]
    [InlineData("mbedtls-4.0", "suiteb", MbedTlsVerifyFlags.BadMd)]
    public void Sha1SignaturesAreAnUnacceptableHash(string target, string profile, uint flags)
    {
        var r = Verify(target, "server-ec-sha1.pem", profile);
        Assert.Equal(flags, r.Flags);
        Assert.Equal("The certificate is signed with an unacceptable hash.", Assert.Single(r.FlagTexts).Text);
    }

    [Fact]
    public void The2xOptionAllowsSha1InTheDefaultProfileOnly()
    {
        Assert.Equal(0u, Verify("mbedtls-2.16", "server-ec-sha1.pem", configure: c => c.Define("MBEDTLS_TLS_DEFAULT_ALLOW_SHA1_IN_CERTIFICATES")).Flags);
        Assert.Equal(MbedTlsVerifyFlags.BadMd, Verify("mbedtls-2.16", "server-ec-sha1.pem", "next", configure: c => c.Define("MBEDTLS_TLS_DEFAULT_ALLOW_SHA1_IN_CERTIFICATES")).Flags);
    }

    [Theory]
    [InlineData("default", MbedTlsVerifyFlags.BadKey)]
    [InlineData("next", MbedTlsVerifyFlags.BadKey)]
    [InlineData("suiteb", MbedTlsVerifyFlags.BadPk)]
    public void Rsa1024IsTooShortAndSuiteBWantsEc(string profile, uint flags)
    {
        Assert.Equal(flags, Verify("mbedtls-3.6", "server-rsa1024.pem", profile).Flags);
    }

    [Theory]
    [InlineData("mbedtls-2.16", "default", 0u)]
    [InlineData("mbedtls-3.6", "default", MbedTlsVerifyFlags.BadKey)]
    [InlineData("mbedtls-3.6", "next", 0u)]
    [InlineData("mbedtls-3.6", "suiteb", MbedTlsVerifyFlags.BadKey)]
    public void Secp256k1IsOnlyInTheNextProfileFrom36(string target, string profile, uint flags)
    {
        Assert.Equal(flags, Verify(target, "server-secp256k1.pem", profile).Flags);
    }

    [Theory]
    [InlineData("mbedtls-2.16", 0)]
    [InlineData("mbedtls-3.6", 0)]
    [InlineData("mbedtls-4.0", -0x3A00)]
    public void P192IsUnknownAtParseIn40(string target, int code)
    {
        var config = MbedTlsTarget.Load(target).DefaultConfig();
        var r = new MbedTlsEmulator(config).ParseFile(MbedTlsFixtures.Bytes("certs", "server-p192.pem"));
        Assert.Equal(code, r.Code);
        if (code != 0)
        {
            Assert.Contains(r.Entries[0].Parse!.Fixes, f => f.Kind == "option" && f.Text.Contains("PSA_WANT_ECC_SECP_R1_192"));
        }
    }

    [Fact]
    public void P192GetsBadKeyUnder36DefaultButNotUnder216()
    {
        Assert.Equal(MbedTlsVerifyFlags.BadKey, Verify("mbedtls-3.6", "server-p192.pem").Flags);
        Assert.Equal(0u, Verify("mbedtls-2.16", "server-p192.pem").Flags);
    }

    [Fact]
    public void AnIntermediateFromTheChainIsUsedAndItsPathLengthRespected()
    {
        var config = MbedTlsTarget.Load("mbedtls-2.16").DefaultConfig().Define("MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION");
        var intermediate = Crt(config, "intermediate-nc-critical.pem");
        Assert.Equal(1, intermediate.MaxPathlen); // pathlen:0 is stored as 1
        var r = new MbedTlsVerifier(config).Verify([Crt(config, "server-ec.pem"), intermediate], [Crt(config, "root.pem")], "default", Now);
        // server-ec is issued by root, not by the intermediate: the intermediate is not a parent (name differs).
        Assert.Equal(0u, r.Flags);
        Assert.Equal(2, r.Chain.Count);
    }

    [Fact]
    public void UnknownProfileIsAnError()
    {
        var e = Assert.Throws<MbedTlsConfigException>(() => Verify("mbedtls-3.6", "server-ec.pem", "strict"));
        Assert.Contains("default, next, suiteb", e.Message);
    }
}
