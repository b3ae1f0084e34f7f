using System.Globalization;
using CertLint.Cli.Arguments;
using CertLint.Targets.MbedTls;
using CertLint.Tls.Suites;

namespace CertLint.Cli.Commands;

/// <summary>
/// The Mbed TLS options `lint` and `predict` share (one class, so both read them the same way): targets, build
/// configuration, verify profile and time, trust anchors and extra chain certificates, suite, role and groups.
/// Every list option takes repeated flags and comma-separated values (<see cref="OptionLists"/>).
/// </summary>
public abstract class MbedTlsCommandOptions
{
    /// <summary>Adds these options to a verb's table (lint and predict), after the verb's own.</summary>
    public static VerbSpec<T> AddOptions<T>(VerbSpec<T> spec) where T : MbedTlsCommandOptions, ICommand, new() => spec
        .List("target", "Mbed TLS release(s): mbedtls-2.16, mbedtls-2.28, mbedtls-3.6, mbedtls-4.0 (repeatable or comma-separated).", (c, v) => c.MbedTlsTargets = v)
        .List("mbedtls-config", "config.h / mbedtls_config.h (4.0: also crypto_config.h) applied to every --target; unmentioned options keep the release default (repeatable or comma-separated).", (c, v) => c.MbedTlsConfigFiles = v)
        .List("mbedtls-define", "Mbed TLS option to define, e.g. MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION (repeatable or comma-separated).", (c, v) => c.MbedTlsDefines = v)
        .List("mbedtls-undef", "Mbed TLS option to undefine (repeatable or comma-separated).", (c, v) => c.MbedTlsUndefs = v)
        .Text("mbedtls-ext-cb", "Extension callback of mbedtls_x509_crt_parse_der_with_ext_cb: none or accept-all (2.28 and later).", (c, v) => c.MbedTlsExtCallback = v, shownDefault: "none")
        .Text("mbedtls-profile", "Mbed TLS verify profile for --ca: default, next or suiteb.", (c, v) => c.MbedTlsProfile = v, shownDefault: "default")
        .Text("now", "Time of Mbed TLS verification, ISO 8601 (default: now).", (c, v) => c.MbedTlsNow = v)
        .List("ca", "Trust anchor file(s); with --target the leaf is verified against them (repeatable or comma-separated).", (c, v) => c.Ca = v)
        .List("chain", "Extra issuer certificate file(s), after each file's own certificates; not linted themselves (repeatable or comma-separated).", (c, v) => c.Chain = v)
        .Text("suite", "Ciphersuite to check the leaf's usage for: IANA, Mbed TLS or OpenSSL name, or 0xNNNN.", (c, v) => c.MbedTlsSuite = v)
        .Text("role", "Role of the leaf for --suite: server or client.", (c, v) => c.MbedTlsRole = v, shownDefault: "server")
        .List("groups", "Groups the peer offers for --suite (default: the release's), e.g. secp256r1,x25519 (repeatable or comma-separated).", (c, v) => c.MbedTlsGroups = v);

    public IEnumerable<string> MbedTlsTargets { get; set; } = [];

    public IEnumerable<string> MbedTlsConfigFiles { get; set; } = [];

    public IEnumerable<string> MbedTlsDefines { get; set; } = [];

    public IEnumerable<string> MbedTlsUndefs { get; set; } = [];

    public string MbedTlsExtCallback { get; set; } = "none";

    public string MbedTlsProfile { get; set; } = "default";

    public string? MbedTlsNow { get; set; }

    public IEnumerable<string> Ca { get; set; } = [];

    public IEnumerable<string> Chain { get; set; } = [];

    public string? MbedTlsSuite { get; set; }

    public string MbedTlsRole { get; set; } = "server";

    public IEnumerable<string> MbedTlsGroups { get; set; } = [];

    public List<string> TargetList => OptionLists.Flat(MbedTlsTargets);
    public List<string> CaFiles => OptionLists.Flat(Ca);
    public List<string> ChainFiles => OptionLists.Flat(Chain);

    /// <summary>
    /// Checks and resolves the options. <paramref name="defaultTargets"/> stand in when no --target is given (predict:
    /// all releases; lint: none, and then no other Mbed TLS option may be given). Returns null and a one-line
    /// problem (a usage error, exit 2) when something is wrong.
    /// </summary>
    public MbedTlsSettings? Resolve(CliContext context, IReadOnlyList<string> defaultTargets, out string? problem)
    {
        problem = null;
        var targets = TargetList;
        if (targets.Count == 0)
        {
            targets = [.. defaultTargets];
        }
        if (targets.Count == 0)
        {
            if (MbedTlsConfigFiles.Any() || MbedTlsDefines.Any() || MbedTlsUndefs.Any() || MbedTlsSuite is not null)
            {
                problem = "--mbedtls-* and --suite need --target mbedtls-X";
            }
            return null;
        }
        if (MbedTlsRole is not ("server" or "client"))
        {
            problem = $"--role must be server or client, not '{MbedTlsRole}'";
            return null;
        }
        var now = context.Clock.GetUtcNow();
        var nowGiven = false;
        if (MbedTlsNow is not null)
        {
            if (!DateTimeOffset.TryParse(MbedTlsNow, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out now))
            {
                problem = $"--now '{MbedTlsNow}' is not a date (ISO 8601, e.g. 2026-01-15T12:00:00Z)";
                return null;
            }
            nowGiven = true;
        }
        string? suite = null;
        if (MbedTlsSuite is not null)
        {
            try
            {
                suite = CipherSuiteRegistry.Default.Find(MbedTlsSuite).CodeHex;
            }
            catch (UnknownCipherSuiteException e)
            {
                problem = $"--suite: {e.Message}";
                return null;
            }
        }
        var configFile = "";
        try
        {
            var headers = new List<(string, string)>();
            foreach (var file in OptionLists.Flat(MbedTlsConfigFiles))
            {
                configFile = file;
                headers.Add((file, CertLint.IO.BoundedReader.ReadText(Path.Combine(context.WorkingDirectory, file))));
            }
            var builds = MbedTlsBuilds.Create(targets, headers, OptionLists.Flat(MbedTlsDefines), OptionLists.Flat(MbedTlsUndefs),
                MbedTlsBuilds.ParseExtCallback(MbedTlsExtCallback));
            var groups = OptionLists.Flat(MbedTlsGroups);
            return new MbedTlsSettings(builds, MbedTlsProfile, nowGiven ? now : null, now, suite, MbedTlsRole, groups.Count > 0 ? groups : null);
        }
        catch (MbedTlsConfigException e)
        {
            problem = e.Message;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"{configFile}: {InputFiles.Describe(e)}";
        }
        return null;
    }
}

/// <summary>The resolved Mbed TLS options; <see cref="Suite"/> is the suite's code (0xNNNN) as the resolver found it.</summary>
public sealed record MbedTlsSettings(IReadOnlyList<MbedTlsConfig> Builds, string Profile, DateTimeOffset? NowGiven, DateTimeOffset Now,
    string? Suite, string Role, IReadOnlyList<string>? Groups);
