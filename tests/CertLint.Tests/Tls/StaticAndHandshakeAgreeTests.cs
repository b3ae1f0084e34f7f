using CertLint.Tls;
using CertLint.Tls.Handshake;

namespace CertLint.Tests.Tls;

/// <summary>
/// Every key-exchange family, both roles and every refusal reason, each checked statically and by a real
/// in-memory handshake: the verdict, the refusing side and the alert must be the same.
/// </summary>
public class StaticAndHandshakeAgreeTests
{
    private const string Seed = "TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8";

    public static TheoryData<TlsCase> Compatible() =>
    [
        new TlsCase("server-ec.chain.pem", Seed),
        new TlsCase("client-ec.chain.pem", Seed, TlsRole.Client, "mbedtls-3.6"),
        new TlsCase("client-ec.chain.pem", Seed, TlsRole.Client, "mbedtls-2.16"),
        new TlsCase("server-ec.chain.pem", Seed, TlsRole.Server, "mbedtls-4.0"),
        new TlsCase("server-rsa.chain.pem", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"),
        new TlsCase("server-rsa.chain.pem", "TLS_RSA_WITH_AES_128_GCM_SHA256", TlsRole.Server, "mbedtls-2.28"),
        new TlsCase("server-rsa.chain.pem", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", TlsRole.Server, "mbedtls-3.6"),
        new TlsCase("rsa-keyencipherment.chain.pem", "TLS_RSA_WITH_AES_256_CBC_SHA256"),
        new TlsCase("server-ec.chain.pem", "TLS_AES_128_GCM_SHA256", TlsRole.Server, "mbedtls-3.6"),
        new TlsCase("server-rsa.chain.pem", "TLS_AES_256_GCM_SHA384"),
        new TlsCase("server-ed25519.chain.pem", "TLS_AES_128_GCM_SHA256"),
        new TlsCase("server-p384.chain.pem", "ECDHE-ECDSA-AES256-GCM-SHA384", TlsRole.Server, "mbedtls-3.6"),
        new TlsCase("server-brainpoolp256r1.chain.pem", Seed, TlsRole.Server, "mbedtls-3.6"),
        new TlsCase("client-rsa.chain.pem", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", TlsRole.Client),
        new TlsCase("client-ec.chain.pem", "TLS_AES_128_GCM_SHA256", TlsRole.Client, "mbedtls-3.6"),
        new TlsCase("no-eku-ec.chain.pem", Seed, TlsRole.Client),
        new TlsCase("server-ec.chain.pem", Seed) { Key = "server-ec.encrypted.key", KeyPassword = "certlint" },
        new TlsCase("server-ec.chain.pem", Seed) { Key = "server-ec.sec1.key" },
        new TlsCase("server-rsa.chain.pem", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256") { Key = "server-rsa.pkcs1.key" },
    ];

    [Theory]
    [MemberData(nameof(Compatible))]
    public void CompatibleCertificatesCompleteAHandshake(TlsCase c)
    {
        var (verdict, handshake) = c.Run();
        Assert.True(verdict.Compatible, string.Join("; ", verdict.Reasons.Select(r => r.Message)));
        Assert.True(handshake.Ok, $"{handshake.RaisedBy} sent {handshake.Alert}: {handshake.Detail}");
        Assert.Equal(c.Context().IsTls13 ? "1.3" : "1.2", handshake.Version);
        Assert.True(Agreement.Of(verdict, handshake));
    }

    public static TheoryData<TlsCase, string, TlsRole, string> Refused() => new()
    {
        // RSA certificate on an ECDSA suite: the server has no certificate for the suite.
        { new TlsCase("server-rsa.chain.pem", Seed), "tls.key.type", TlsRole.Server, "handshake_failure" },
        { new TlsCase("server-rsa.chain.pem", Seed, TlsRole.Server, "mbedtls-3.6"), "tls.key.type", TlsRole.Server, "handshake_failure" },
        { new TlsCase("server-ed25519.chain.pem", "TLS_AES_128_GCM_SHA256", TlsRole.Server, "mbedtls-3.6"), "tls.key.type", TlsRole.Server, "handshake_failure" },
        // keyUsage without digitalSignature (or without keyEncipherment / keyAgreement where the suite needs them).
        { new TlsCase("no-digsig-ec.chain.pem", Seed), "tls.cert.key_usage", TlsRole.Client, "certificate_unknown" },
        { new TlsCase("no-digsig-ec.chain.pem", Seed, TlsRole.Server, "mbedtls-3.6"), "tls.cert.key_usage", TlsRole.Server, "handshake_failure" },
        { new TlsCase("no-digsig-ec.chain.pem", Seed, TlsRole.Client), "tls.cert.key_usage", TlsRole.Server, "certificate_unknown" },
        { new TlsCase("no-digsig-ec.chain.pem", Seed, TlsRole.Client, "mbedtls-3.6"), "tls.cert.key_usage", TlsRole.Server, "unsupported_certificate" },
        { new TlsCase("no-digsig-ec.chain.pem", "TLS_AES_128_GCM_SHA256"), "tls.cert.key_usage", TlsRole.Client, "certificate_unknown" },
        { new TlsCase("rsa-keyencipherment.chain.pem", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"), "tls.cert.key_usage", TlsRole.Client, "certificate_unknown" },
        { new TlsCase("ecdh-ec.chain.pem", Seed, TlsRole.Server, "mbedtls-2.28"), "tls.cert.key_usage", TlsRole.Server, "handshake_failure" },
        // extKeyUsage serverAuth only, used as a client certificate.
        { new TlsCase("serverauth-only-ec.chain.pem", Seed, TlsRole.Client), "tls.cert.ext_key_usage", TlsRole.Server, "unsupported_certificate" },
        { new TlsCase("serverauth-only-ec.chain.pem", Seed, TlsRole.Client, "mbedtls-3.6"), "tls.cert.ext_key_usage", TlsRole.Server, "unsupported_certificate" },
        { new TlsCase("client-ec.chain.pem", Seed, TlsRole.Server, "mbedtls-3.6"), "tls.cert.ext_key_usage", TlsRole.Server, "handshake_failure" },
        // Curve not offered.
        { new TlsCase("server-secp256k1.chain.pem", Seed), "tls.key.curve", TlsRole.Server, "handshake_failure" },
        { new TlsCase("server-secp256k1.chain.pem", Seed, TlsRole.Server, "mbedtls-3.6"), "tls.key.curve", TlsRole.Server, "handshake_failure" },
        { new TlsCase("server-secp256k1.chain.pem", Seed, TlsRole.Server, "mbedtls-4.0"), "tls.key.curve", TlsRole.Client, "unsupported_certificate" },
        { new TlsCase("server-ec.chain.pem", Seed) { Groups = ["secp384r1", "x25519"] }, "tls.key.curve", TlsRole.Server, "handshake_failure" },
        { new TlsCase("client-ec.chain.pem", Seed, TlsRole.Client, "mbedtls-3.6") { Groups = ["secp384r1"] }, "tls.key.curve", TlsRole.Server, "unsupported_certificate" },
        { new TlsCase("server-p384.chain.pem", "TLS_AES_128_GCM_SHA256") { SigAlgs = ["ecdsa_secp256r1_sha256", "rsa_pss_rsae_sha256"] }, "tls.handshake.signature", TlsRole.Server, "handshake_failure" },
        // SHA-1 signature where not allowed.
        { new TlsCase("server-sha1.chain.pem", Seed), "tls.chain.signature_algorithm", TlsRole.Client, "bad_certificate" },
        { new TlsCase("server-sha1.chain.pem", Seed, TlsRole.Server, "mbedtls-3.6"), "tls.chain.signature_algorithm", TlsRole.Client, "certificate_unknown" },
        { new TlsCase("server-sha1.chain.pem", Seed, TlsRole.Server, "mbedtls-2.16"), "tls.chain.signature_algorithm", TlsRole.Client, "certificate_unknown" },
        // Key that does not match the certificate.
        { new TlsCase("mismatch-ec.chain.pem", Seed), "tls.key.mismatch", TlsRole.Client, "decrypt_error" },
        { new TlsCase("mismatch-ec.chain.pem", "TLS_AES_128_GCM_SHA256"), "tls.key.mismatch", TlsRole.Client, "decrypt_error" },
        { new TlsCase("client-ec.chain.pem", Seed, TlsRole.Client) { Key = "mismatch-ec.key" }, "tls.key.mismatch", TlsRole.Server, "decrypt_error" },
        { new TlsCase("server-rsa.chain.pem", "TLS_RSA_WITH_AES_128_GCM_SHA256") { Key = "client-rsa.key" }, "tls.key.mismatch", TlsRole.Server, "bad_record_mac" },
        // Incomplete chain: the leaf alone, the peer trusts only the root.
        { new TlsCase("server-ec.pem", Seed), "tls.chain.incomplete", TlsRole.Client, "unknown_ca" },
        { new TlsCase("client-ec.pem", Seed, TlsRole.Client, "mbedtls-3.6"), "tls.chain.incomplete", TlsRole.Server, "unknown_ca" },
        // Expired (chains/ec-expired: 2020-01-01 .. 2021-01-01; the clock is 2026-01-15).
        { new TlsCase("ec-expired.pem", Seed) { Folder = "chains", Chain = "ec-int.pem", Ca = "ec-root.pem" }, "tls.chain.expired", TlsRole.Client, "certificate_expired" },
        { new TlsCase("ec-expired.pem", Seed, TlsRole.Server, "mbedtls-3.6") { Folder = "chains", Chain = "ec-int.pem", Ca = "ec-root.pem" }, "tls.chain.expired", TlsRole.Client, "certificate_expired" },
        // Not yet valid (the tls/ fixtures start 2025-01-01).
        { new TlsCase("server-ec.chain.pem", Seed) { Now = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero) }, "tls.chain.expired", TlsRole.Client, "certificate_expired" },
        { new TlsCase("client-ec.chain.pem", Seed, TlsRole.Client, "mbedtls-3.6") { Now = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero) }, "tls.chain.expired", TlsRole.Server, "certificate_unknown" },
        // The target does not have the suite.
        { new TlsCase("server-rsa.chain.pem", "TLS_RSA_WITH_AES_128_GCM_SHA256", TlsRole.Server, "mbedtls-4.0"), "tls.suite.unavailable", TlsRole.Server, "handshake_failure" },
        { new TlsCase("server-ec.chain.pem", "TLS_AES_128_GCM_SHA256", TlsRole.Server, "mbedtls-2.28"), "tls.suite.unavailable", TlsRole.Server, "handshake_failure" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void RefusalsArePredictedAndTheHandshakeFailsTheSameWay(TlsCase c, string rule, TlsRole side, string alert)
    {
        var (verdict, handshake) = c.Run();
        Assert.False(verdict.Compatible);
        Assert.Contains(verdict.Reasons, r => r.RuleId == rule);
        Assert.Equal(rule, verdict.First!.RuleId);
        Assert.Equal((side, alert), (verdict.First.RaisedBy, verdict.First.Alert));
        Assert.False(handshake.Ok, $"{c}: the handshake succeeded");
        Assert.Equal((side, alert), (handshake.RaisedBy!.Value, handshake.Alert!));
        Assert.True(Agreement.Of(verdict, handshake));
    }
}
