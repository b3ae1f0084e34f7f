using System.Globalization;
using CertLint.Tls.Suites;

namespace CertLint.Targets.MbedTls;

/// <summary>The verdict on one certificate for one ciphersuite and role.</summary>
public sealed class MbedTlsUsageResult
{
    public required string Target { get; init; }
    public required string Suite { get; init; }
    public required string SuiteId { get; init; }
    public required string KeyExchange { get; init; }
    public required string Role { get; init; }
    /// <summary>False when the suite needs no certificate (PSK, ECJPAKE).</summary>
    public required bool CertificateNeeded { get; init; }
    /// <summary>mbedtls_ssl_check_cert_usage: flags the peer sets when it receives this certificate.</summary>
    public required uint UsageFlags { get; init; }
    public string UsageFlagsHex => $"0x{UsageFlags:X8}";
    public required IReadOnlyList<(uint Flag, string Text)> UsageFlagTexts { get; init; }
    /// <summary>For role server: whether ssl_pick_cert would choose this certificate for the suite (null for client).</summary>
    public bool? Selected { get; init; }
    public required IReadOnlyList<string> Reasons { get; init; }
    public bool Ok => UsageFlags == 0 && Selected != false;
}

/// <summary>
/// mbedtls_ssl_check_cert_usage (ssl_tls.c) and the server's ssl_pick_cert (ssl_srv.c / ssl_tls12_server.c):
/// keyUsage per key exchange and role, extendedKeyUsage per role, key type and (TLS 1.2, ECDSA) the curve
/// against the groups the client offered.
/// </summary>
public sealed class MbedTlsTlsUsage(MbedTlsConfig config)
{
    public MbedTlsUsageResult Check(MbedTlsCertificate crt, string suite, string role, IReadOnlyList<string>? offeredGroups = null)
    {
        var target = config.Target;
        var entry = FindSuite(target, suite);
        var kx = entry.Kx;
        var server = role switch
        {
            "server" => true,
            "client" => false,
            _ => throw new MbedTlsConfigException($"unknown role '{role}' (server or client)"),
        };
        var reasons = new List<string>();
        var pkAlg = SigPkAlg(kx);
        var needed = kx == "TLS13" || pkAlg is not null;
        if (!needed && server)
        {
            reasons.Add($"{entry.Name} uses {kx}: no certificate is needed");
        }

        uint usage = !server || kx == "TLS13" ? MbedTlsCertificate.KuDigitalSignature : KeyUsageFor(kx);
        uint flags = 0;
        var checkKu = target.IsMajor2 ? config.IsDefined("MBEDTLS_X509_CHECK_KEY_USAGE") : true;
        var checkEku = target.IsMajor2 ? config.IsDefined("MBEDTLS_X509_CHECK_EXTENDED_KEY_USAGE") : true;
        if (checkKu && !MbedTlsUsage.CheckKeyUsage(crt, usage))
        {
            flags |= MbedTlsVerifyFlags.KeyUsage;
            reasons.Add($"keyUsage {KeyUsageText(crt.KeyUsage)} does not allow {KeyUsageText(usage)}, which a {role} certificate needs for {kx}" +
                        ((crt.KeyUsage & (MbedTlsCertificate.KuEncipherOnly | MbedTlsCertificate.KuDecipherOnly)) != 0 && (usage & (MbedTlsCertificate.KuEncipherOnly | MbedTlsCertificate.KuDecipherOnly)) == 0
                            ? " (encipherOnly/decipherOnly set: Mbed TLS then refuses every other use)" : ""));
        }
        var eku = server ? MbedTlsUsage.ServerAuth : MbedTlsUsage.ClientAuth;
        if (checkEku && !MbedTlsUsage.CheckExtendedKeyUsage(crt, eku))
        {
            flags |= MbedTlsVerifyFlags.ExtKeyUsage;
            reasons.Add($"extendedKeyUsage [{string.Join(", ", crt.ExtKeyUsage)}] has neither {(server ? "serverAuth" : "clientAuth")} ({eku}) nor anyExtendedKeyUsage");
        }

        bool? selected = null;
        if (server && kx != "TLS13" && pkAlg is not null)
        {
            selected = true;
            if (!crt.Key.CanDo(pkAlg))
            {
                selected = false;
                reasons.Add($"server certificate key is {crt.Key.Type}{(crt.Key.Curve is null ? "" : " " + crt.Key.Curve)} but {kx} needs a key that can do {pkAlg}");
            }
            else if (flags != 0)
            {
                selected = false;
                reasons.Add("the server skips this certificate for the suite because of its (extended) key usage");
            }
            else if (pkAlg == "ECDSA")
            {
                var groups = offeredGroups ?? target.Facts.DefaultClientGroups;
                if (!target.Behaviour.PickCertChecksCurve)
                {
                    if (!groups.Contains(crt.Key.Curve!))
                    {
                        reasons.Add($"curve {crt.Key.Curve} is not among the groups offered [{string.Join(", ", groups)}], but Mbed TLS {target.Release} does not check " +
                                    "(its curve check compares a PSA algorithm with MBEDTLS_PK_ECDSA and never fires), so it picks the certificate anyway");
                    }
                }
                else if (!groups.Contains(crt.Key.Curve!))
                {
                    selected = false;
                    reasons.Add($"curve {crt.Key.Curve} is not among the groups the client offered [{string.Join(", ", groups)}]");
                }
            }
        }
        return new MbedTlsUsageResult
        {
            Target = target.Name,
            Suite = entry.Name,
            SuiteId = entry.Id,
            KeyExchange = kx,
            Role = role,
            CertificateNeeded = needed,
            UsageFlags = flags,
            UsageFlagTexts = target.VerifyFlags.Describe(flags),
            Selected = selected,
            Reasons = reasons,
        };
    }

    /// <summary>
    /// Finds a suite of the release's default list: the name or code is resolved by the one suite resolver
    /// (<see cref="CipherSuiteRegistry"/>: IANA, Mbed TLS, OpenSSL names, 0xNNNN), then looked up by code.
    /// A suite the resolver does not know is an <see cref="UnknownCipherSuiteException"/>; a known suite this release
    /// does not offer is an <see cref="MbedTlsConfigException"/> (a verdict on the release).
    /// </summary>
    public static MbedTlsSuiteEntry FindSuite(MbedTlsTarget target, string suite)
    {
        var known = CipherSuiteRegistry.Default.Find(suite);
        var found = target.Facts.Ciphersuites.FirstOrDefault(e => Convert.ToInt32(e.Id, 16) == known.Code);
        return found ?? throw new MbedTlsConfigException($"ciphersuite '{suite}' ({known.IanaName}) is not in the default ciphersuite list of Mbed TLS {target.Release}");
    }

    /// <summary>mbedtls_ssl_get_ciphersuite_sig_pk_alg: the key the server certificate must hold, null for none.</summary>
    private static string? SigPkAlg(string kx) => kx switch
    {
        "RSA" or "DHE_RSA" or "ECDHE_RSA" or "RSA_PSK" => "RSA",
        "ECDHE_ECDSA" => "ECDSA",
        "ECDH_RSA" or "ECDH_ECDSA" => "ECKEY",
        _ => null,
    };

    private static uint KeyUsageFor(string kx) => kx switch
    {
        "RSA" or "RSA_PSK" => MbedTlsCertificate.KuKeyEncipherment,
        "DHE_RSA" or "ECDHE_RSA" or "ECDHE_ECDSA" => MbedTlsCertificate.KuDigitalSignature,
        "ECDH_RSA" or "ECDH_ECDSA" => MbedTlsCertificate.KuKeyAgreement,
        _ => 0,
    };

    public static string KeyUsageText(uint ku)
    {
        (uint Bit, string Name)[] names =
        [
            (MbedTlsCertificate.KuDigitalSignature, "digitalSignature"), (MbedTlsCertificate.KuNonRepudiation, "nonRepudiation"),
            (MbedTlsCertificate.KuKeyEncipherment, "keyEncipherment"), (MbedTlsCertificate.KuDataEncipherment, "dataEncipherment"),
            (MbedTlsCertificate.KuKeyAgreement, "keyAgreement"), (MbedTlsCertificate.KuKeyCertSign, "keyCertSign"),
            (MbedTlsCertificate.KuCrlSign, "cRLSign"), (MbedTlsCertificate.KuEncipherOnly, "encipherOnly"), (MbedTlsCertificate.KuDecipherOnly, "decipherOnly"),
        ];
        var set = names.Where(n => (ku & n.Bit) != 0).Select(n => n.Name).ToList();
        return set.Count == 0 ? "(none)" : string.Join("+", set);
    }
}
