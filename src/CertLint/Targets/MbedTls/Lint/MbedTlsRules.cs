using CertLint.Rules;

namespace CertLint.Targets.MbedTls.Lint;

/// <summary>The rule IDs under which `lint --target mbedtls-*` reports Mbed TLS verdicts.</summary>
public static class MbedTlsRules
{
    private static RuleDescriptor Rule(string id, string title, string citation, string description, string rationale, string fix, string example,
        Severity severity = Severity.Error) => new()
    {
        Id = id, Title = title, DefaultSeverity = severity, Source = "Mbed TLS", Citation = citation,
        Description = description, Rationale = rationale, Fix = fix, Example = example,
    };

    public static readonly RuleDescriptor Parse = Rule("mbedtls.parse", "Mbed TLS refuses the certificate while parsing",
        "library/x509_crt.c x509_crt_parse_der_core",
        "Parses the certificate the way mbedtls_x509_crt_parse_der of each --target release (and configuration) does and reports its return code, mbedtls_strerror text, the field where it stopped and the fixes.",
        "A certificate Mbed TLS cannot parse is never used: the handshake fails with a bad_certificate alert, or the device cannot load its own certificate or trust anchor.",
        "Follow the fix the finding names: re-issue the certificate, move to a release that parses it, or change the configuration (mind the warning).",
        "critical certificatePolicies 1.3.6.1.4.1.55555.1.1 on 2.28: -0x2080");

    private static RuleDescriptor Flag(string id, string title, string flagText) => Rule(id, title,
        "library/x509_crt.c mbedtls_x509_crt_verify_with_profile",
        $"Verifies the leaf against --ca as the release does under --mbedtls-profile, and reports the flag \"{flagText}\".",
        "mbedtls_x509_crt_verify_with_profile returns MBEDTLS_ERR_X509_CERT_VERIFY_FAILED and the handshake fails (authmode required).",
        "Re-issue or re-chain the certificate so that the flag is not set, or choose the profile the application really uses.",
        flagText);

    public static readonly RuleDescriptor VerifyExpired = Flag("mbedtls.verify.expired", "Mbed TLS: certificate expired", "The certificate validity has expired");
    public static readonly RuleDescriptor VerifyFuture = Flag("mbedtls.verify.future", "Mbed TLS: certificate not yet valid", "The certificate validity starts in the future");
    public static readonly RuleDescriptor VerifyNotTrusted = Flag("mbedtls.verify.not-trusted", "Mbed TLS: chain does not reach a trusted CA", "The certificate is not correctly signed by the trusted CA");
    public static readonly RuleDescriptor VerifyBadMd = Flag("mbedtls.verify.bad-md", "Mbed TLS: hash not allowed by the verify profile", "The certificate is signed with an unacceptable hash.");
    public static readonly RuleDescriptor VerifyBadPk = Flag("mbedtls.verify.bad-pk", "Mbed TLS: public key algorithm not allowed by the verify profile", "The certificate is signed with an unacceptable PK alg (eg RSA vs ECDSA).");
    public static readonly RuleDescriptor VerifyBadKey = Flag("mbedtls.verify.bad-key", "Mbed TLS: key size or curve not allowed by the verify profile", "The certificate is signed with an unacceptable key (eg bad curve, RSA too short).");
    public static readonly RuleDescriptor VerifyOther = Flag("mbedtls.verify.other", "Mbed TLS: other verification failure", "any other MBEDTLS_X509_BADCERT_* flag");

    public static readonly RuleDescriptor UsageKeyUsage = Rule("mbedtls.usage.key-usage", "Mbed TLS: keyUsage does not allow the key exchange",
        "library/ssl_tls.c mbedtls_ssl_check_cert_usage",
        "Checks keyUsage against the --suite key exchange and --role as mbedtls_ssl_check_cert_usage does.",
        "The peer sets MBEDTLS_X509_BADCERT_KEY_USAGE and refuses the certificate; a server skips it for the suite.",
        "Re-issue with the keyUsage bit the key exchange needs (digitalSignature for (EC)DHE and client certificates, keyEncipherment for RSA, keyAgreement for ECDH).",
        "keyUsage keyEncipherment on an ECDHE_RSA server certificate");
    public static readonly RuleDescriptor UsageExtKeyUsage = Rule("mbedtls.usage.ext-key-usage", "Mbed TLS: extendedKeyUsage does not allow the role",
        "library/ssl_tls.c mbedtls_ssl_check_cert_usage",
        "Checks extendedKeyUsage for serverAuth (server) or clientAuth (client), or anyExtendedKeyUsage.",
        "The peer sets MBEDTLS_X509_BADCERT_EXT_KEY_USAGE in the verify result and refuses the certificate for that role (serverAuth for a server, clientAuth for a client).",
        "Re-issue with serverAuth or clientAuth as the role needs.",
        "extendedKeyUsage serverAuth only, used as a client certificate");
    public static readonly RuleDescriptor UsageNotSelected = Rule("mbedtls.usage.not-selected", "Mbed TLS server does not pick the certificate for the suite",
        "library/ssl_tls12_server.c ssl_pick_cert",
        "Follows the server's certificate selection: key type for the suite, (extended) key usage, and for ECDSA suites the curve against the groups the client offers.",
        "With no certificate to pick the server skips the suite; if no other suite fits, the handshake fails.",
        "Issue a certificate with the key type and curve the suite and the clients need.",
        "secp256k1 certificate on Mbed TLS 3.6 with default client groups");
    public static readonly RuleDescriptor UsageSuiteUnavailable = Rule("mbedtls.usage.suite-unavailable", "Mbed TLS release does not offer the suite",
        "library/ssl_ciphersuites.c",
        "Checks that --suite is in the release's default ciphersuite list.",
        "A suite the release does not have can never be negotiated (4.0 removed the RSA, DHE_RSA, ECDH and RSA_PSK key exchanges).",
        "Choose a suite the release offers, e.g. TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8.",
        "TLS-RSA-WITH-AES-128-GCM-SHA256 on 4.0");

    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        Parse, VerifyExpired, VerifyFuture, VerifyNotTrusted, VerifyBadMd, VerifyBadPk, VerifyBadKey, VerifyOther,
        UsageKeyUsage, UsageExtKeyUsage, UsageNotSelected, UsageSuiteUnavailable,
    ];

    public static RuleDescriptor ForFlag(uint flag) => flag switch
    {
        MbedTlsVerifyFlags.Expired => VerifyExpired,
        MbedTlsVerifyFlags.Future => VerifyFuture,
        MbedTlsVerifyFlags.NotTrusted => VerifyNotTrusted,
        MbedTlsVerifyFlags.BadMd => VerifyBadMd,
        MbedTlsVerifyFlags.BadPk => VerifyBadPk,
        MbedTlsVerifyFlags.BadKey => VerifyBadKey,
        _ => VerifyOther,
    };
}
