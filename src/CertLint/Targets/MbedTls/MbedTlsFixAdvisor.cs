using static CertLint.Targets.MbedTls.MbedTlsErrorCodes;

namespace CertLint.Targets.MbedTls;

/// <summary>Turns a parse failure and its cause into the changes that fit: re-issue, upgrade, option, callback.</summary>
internal static class MbedTlsFixAdvisor
{
    // RFC 5280 4.2.1.10, 4.2.1.11, 4.2.1.14: conforming CAs mark these critical.
    private static readonly HashSet<string> MustBeCritical = ["2.5.29.30", "2.5.29.36", "2.5.29.54"];
    private const string AllowCritical = "MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION";
    private const string IgnoreWarning =
        "Mbed TLS then ignores every critical extension it does not understand: whatever that extension constrains " +
        "(name constraints, policies, ...) is no longer enforced, which RFC 5280 section 4.2 forbids";

    public static IReadOnlyList<MbedTlsFix> For(MbedTlsConfig config, int code, MbedTlsCause? cause)
    {
        var fixes = new List<MbedTlsFix>();
        var target = config.Target;
        var oid = cause?.Oid;
        var what = cause?.What ?? "";

        if (what.StartsWith("critical extension ", StringComparison.Ordinal))
        {
            oid ??= what.Split(' ')[2];
            var name = MbedTlsExtensionNames.Name(oid);
            fixes.Add(MustBeCritical.Contains(oid)
                ? new("reissue", $"Re-issue the certificate without {name} ({oid}): RFC 5280 requires it to be critical, so it cannot simply be marked non-critical.")
                : new("reissue", $"Re-issue the certificate with {name} ({oid}) marked non-critical, if relying parties may ignore it."));
            AddUpgrade(fixes, target, t => t.Facts.RecognisedExtensions.Any(e => e.Oid == oid), $"parses {name}");
            AddIgnoreUnknown(fixes, config);
        }
        else if (code == X509FeatureUnavailable && what.Contains("certificatePolicies", StringComparison.Ordinal))
        {
            fixes.Add(new("reissue", "Re-issue the certificate with the policy anyPolicy (2.5.29.32.0) instead of the specific policy OID, or with certificatePolicies non-critical."));
            AddIgnoreUnknown(fixes, config);
        }
        else if (what.Contains("appears twice", StringComparison.Ordinal))
        {
            fixes.Add(new("reissue", "Re-issue the certificate with each extension once."));
        }
        else if (what.StartsWith("signature algorithm", StringComparison.Ordinal) || what.StartsWith("public key algorithm", StringComparison.Ordinal) ||
                 what.StartsWith("named curve", StringComparison.Ordinal) || what.StartsWith("hash ", StringComparison.Ordinal))
        {
            AddEnableOption(fixes, config, oid ?? ExtractOid(what));
            fixes.Add(new("reissue", "Re-issue the certificate with an algorithm this build supports, e.g. ECDSA P-256 with SHA-256, or RSA 2048 with SHA-256."));
            var o = oid ?? ExtractOid(what);
            AddUpgrade(fixes, target, t => t.Facts.SignatureAlgorithms.Any(s => s.Oid == o) || t.Facts.PublicKeyAlgorithms.Any(s => s.Oid == o) ||
                                            t.Facts.Curves.Any(k => k.Oid == o && k.Requires.All(r => t.Facts.ConfigOptions.Any(x => x.Name == r && x.Default))), $"supports {o}");
        }
        else if (what.Contains("carries extensions", StringComparison.Ordinal))
        {
            fixes.Add(new("reissue", "Re-issue the certificate as version 3 (extensions are only allowed in v3)."));
            if (config.Target.Facts.ConfigOptions.Any(o => o.Name == "MBEDTLS_X509_ALLOW_EXTENSIONS_NON_V3"))
            {
                fixes.Add(new("option", "Define MBEDTLS_X509_ALLOW_EXTENSIONS_NON_V3 in the Mbed TLS configuration.",
                    "accepts certificates that violate RFC 5280; prefer re-issuing"));
            }
        }
        else if (what.Contains("point format", StringComparison.Ordinal) || what.Contains("compressed", StringComparison.Ordinal))
        {
            fixes.Add(new("reissue", "Re-issue the certificate with the EC public key in uncompressed form (0x04)."));
            AddUpgrade(fixes, target, t => t.Behaviour.CompressedPoints != "never", "reads compressed EC points");
        }
        else if (what.Contains("keyUsage BIT STRING has no bits", StringComparison.Ordinal))
        {
            fixes.Add(new("reissue", "Re-issue the certificate with the keyUsage bits it needs (or without keyUsage)."));
        }
        else if (cause is not null)
        {
            fixes.Add(new("reissue", $"Re-issue the certificate correctly encoded: {cause.What}."));
        }
        return fixes;
    }

    private static string ExtractOid(string what) =>
        what.Split(' ').FirstOrDefault(w => w.Length > 2 && char.IsDigit(w[0]) && w.Contains('.')) ?? "";

    private static void AddIgnoreUnknown(List<MbedTlsFix> fixes, MbedTlsConfig config)
    {
        var target = config.Target;
        if (target.Facts.ConfigOptions.Any(o => o.Name == AllowCritical))
        {
            fixes.Add(new("option", $"Define {AllowCritical} in the Mbed TLS configuration (config.h).", IgnoreWarning));
        }

        if (target.Behaviour.ExtCallbackAvailable)
        {
            fixes.Add(new("callback",
                "Load the certificate with mbedtls_x509_crt_parse_der_with_ext_cb() and a callback that accepts this extension " +
                "(and enforces it in the application); CertLint models an accept-all callback with --mbedtls-ext-cb accept-all.",
                "a callback that accepts everything has the same effect as ignoring the extension; accept only the OIDs the application enforces"));
        }
    }

    private static void AddEnableOption(List<MbedTlsFix> fixes, MbedTlsConfig config, string oid)
    {
        var f = config.Target.Facts;
        var requires = f.SignatureAlgorithms.FirstOrDefault(s => s.Oid == oid)?.Requires
                       ?? f.PublicKeyAlgorithms.FirstOrDefault(s => s.Oid == oid)?.Requires
                       ?? f.Curves.FirstOrDefault(s => s.Oid == oid)?.Requires
                       ?? f.DigestAlgorithms.FirstOrDefault(s => s.Oid == oid)?.Requires;
        var missing = requires?.Where(r => !config.IsDefined(r)).ToList();
        if (missing is { Count: > 0 })
        {
            fixes.Add(new("option", $"Define {string.Join(" and ", missing)} in the Mbed TLS configuration."));
        }
    }

    private static void AddUpgrade(List<MbedTlsFix> fixes, MbedTlsTarget current, Func<MbedTlsTarget, bool> handles, string what)
    {
        var later = MbedTlsTarget.Names.SkipWhile(n => n != current.Name).Skip(1).Select(MbedTlsTarget.Load).FirstOrDefault(handles);
        if (later is not null && !handles(current))
        {
            fixes.Add(new("upgrade", $"Move to Mbed TLS {later.Release} or later, which {what}."));
        }
    }
}
