using CertLint.Targets.MbedTls;

namespace CertLint.Tests.Targets.MbedTls;

/// <summary>
/// The forum case: a certificate with a critical certificatePolicies holding a private policy OID, and its
/// variants (anyPolicy, nameConstraints), across the four release lines and the options that change the verdict.
/// </summary>
public class ForumCaseTests
{
    private static MbedTlsParseResult Parse(string target, string file, Action<MbedTlsConfig>? configure = null)
    {
        var config = MbedTlsTarget.Load(target).DefaultConfig();
        configure?.Invoke(config);
        var file0 = new MbedTlsEmulator(config).ParseFile(MbedTlsFixtures.Bytes("certs", file));
        return Assert.Single(file0.Entries).Parse!;
    }

    [Fact]
    public void PrivatePolicyIsRefusedBy216AsAnUnknownCriticalExtension()
    {
        var r = Parse("mbedtls-2.16", "policy-private-critical.pem");
        Assert.Equal(-0x2562, r.Code);
        Assert.Equal("-0x2562", r.CodeHex);
        Assert.Equal("X509 - The extension tag or value is invalid : ASN1 - ASN1 tag was of an unexpected value", r.Text);
        Assert.Contains("critical extension 2.5.29.32 (certificatePolicies) is not supported", r.Cause!.What);
        Assert.StartsWith("tbsCertificate.extensions[", r.Cause.Path);
        Assert.Contains(r.Fixes, f => f.Kind == "upgrade" && f.Text.Contains("2.28"));
        Assert.Contains(r.Fixes, f => f.Kind == "option" && f.Text.Contains("MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION") && f.Warning is not null);
        Assert.Contains(r.Fixes, f => f.Kind == "reissue" && f.Text.Contains("non-critical"));
    }

    [Fact]
    public void PrivatePolicyIsAcceptedBy216WithTheOption()
    {
        var r = Parse("mbedtls-2.16", "policy-private-critical.pem", c => c.Define("MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION"));
        Assert.True(r.Accepted);
        Assert.Equal("0", r.CodeHex);
        Assert.Contains(r.Certificate!.SkippedExtensions, s => s.StartsWith("2.5.29.32", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mbedtls-2.28")]
    [InlineData("mbedtls-3.6")]
    [InlineData("mbedtls-4.0")]
    public void PrivatePolicyIsFeatureUnavailableFrom228(string target)
    {
        var r = Parse(target, "policy-private-critical.pem");
        Assert.Equal(-0x2080, r.Code);
        Assert.Equal("X509 - Unavailable feature, e.g. RSA hashing/encryption combination", r.Text);
        Assert.Equal("1.3.6.1.4.1.55555.1.1", r.Cause!.Oid);
        Assert.Contains(r.Fixes, f => f.Text.Contains("anyPolicy"));
        Assert.Contains(r.Fixes, f => f.Kind == "callback");
    }

    [Theory]
    [InlineData("mbedtls-2.28")]
    [InlineData("mbedtls-3.6")]
    [InlineData("mbedtls-4.0")]
    public void TheExtensionCallbackAcceptsThePrivatePolicy(string target)
    {
        var r = Parse(target, "policy-private-critical.pem", c => c.ExtCallback = MbedTlsExtCallback.AcceptAll);
        Assert.True(r.Accepted);
    }

    [Fact]
    public void The216HasNoCallbackAnd36HasNoOption()
    {
        var e1 = Assert.Throws<MbedTlsConfigException>(() => MbedTlsTarget.Load("mbedtls-2.16").DefaultConfig().ExtCallback = MbedTlsExtCallback.AcceptAll);
        Assert.Contains("MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION", e1.Message);
        var e2 = Assert.Throws<MbedTlsConfigException>(() => MbedTlsTarget.Load("mbedtls-3.6").DefaultConfig().Define("MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION"));
        Assert.Contains("does not exist in Mbed TLS 3.6.6", e2.Message);
        Assert.Contains("mbedtls_x509_crt_parse_der_with_ext_cb", e2.Message);
    }

    [Theory]
    [InlineData("mbedtls-2.16", -0x2562)]
    [InlineData("mbedtls-2.28", 0)]
    [InlineData("mbedtls-3.6", 0)]
    [InlineData("mbedtls-4.0", 0)]
    public void AnyPolicyIsAcceptedFrom228(string target, int code)
    {
        Assert.Equal(code, Parse(target, "policy-any-critical.pem").Code);
    }

    [Theory]
    [InlineData("mbedtls-2.16", -0x2562, "X509 - The extension tag or value is invalid : ASN1 - ASN1 tag was of an unexpected value")]
    [InlineData("mbedtls-2.28", -0x2562, "X509 - The extension tag or value is invalid : ASN1 - ASN1 tag was of an unexpected value")]
    [InlineData("mbedtls-3.6", -0x2562, "X509 - The extension tag or value is invalid : ASN1 - ASN1 tag was of an unexpected value")]
    [InlineData("mbedtls-4.0", -0x0062, "UNKNOWN ERROR CODE (0062)")]
    public void CriticalNameConstraintsIsRefusedEverywhere(string target, int code, string text)
    {
        var r = Parse(target, "intermediate-nc-critical.pem");
        Assert.Equal(code, r.Code);
        Assert.Equal(text, r.Text);
        Assert.Contains("2.5.29.30 (nameConstraints)", r.Cause!.What);
        Assert.DoesNotContain(r.Fixes, f => f.Kind == "upgrade");
    }

    [Theory]
    [InlineData("mbedtls-2.16")]
    [InlineData("mbedtls-2.28")]
    [InlineData("mbedtls-3.6")]
    [InlineData("mbedtls-4.0")]
    public void ThePlainServerCertificateParsesWithItsDetails(string target)
    {
        var r = Parse(target, "server-ec.pem");
        Assert.True(r.Accepted, r.Cause?.ToString());
        var crt = r.Certificate!;
        Assert.Equal(3, crt.Version);
        Assert.Equal("SHA256", crt.SigMd);
        Assert.Equal("ECDSA", crt.SigPk);
        Assert.Equal("secp256r1", crt.Key.Curve);
        Assert.Equal(256, crt.Key.Bits);
        Assert.Equal(MbedTlsCertificate.KuDigitalSignature, crt.KeyUsage);
        Assert.Equal(["1.3.6.1.5.5.7.3.1"], crt.ExtKeyUsage);
        Assert.Equal("CN=server-ec", crt.SubjectText);
        Assert.Equal("CN=root", crt.IssuerText);
        Assert.Equal(new MbedTlsTime(2025, 1, 1, 0, 0, 0), crt.ValidFrom);
        Assert.Equal(new MbedTlsTime(2035, 1, 1, 0, 0, 0), crt.ValidTo);
    }
}
