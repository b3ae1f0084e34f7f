using System.Globalization;
using CertLint.Targets.MbedTls;
using CertLint.Targets.MbedTls.Lint;
using CommandLine;

namespace CertLint.Cli.Commands;

/// <summary>`lint --target mbedtls-*`: the Mbed TLS model as a finding source (rule IDs mbedtls.*).</summary>
public sealed partial class LintCommand
{
    [Option("target", HelpText = "Predict a TLS stack too: mbedtls-2.16, mbedtls-2.28, mbedtls-3.6, mbedtls-4.0 (repeatable or comma-separated).")]
    public IEnumerable<string> MbedTlsTargets { get; set; } = [];

    [Option("mbedtls-config", HelpText = "config.h / mbedtls_config.h (4.0: also crypto_config.h, comma-separated) applied to every --target; unmentioned options keep the release default.")]
    public string? MbedTlsConfigFile { get; set; }

    [Option("mbedtls-define", HelpText = "Mbed TLS option to define (repeatable or comma-separated).")]
    public IEnumerable<string> MbedTlsDefines { get; set; } = [];

    [Option("mbedtls-undef", HelpText = "Mbed TLS option to undefine (repeatable or comma-separated).")]
    public IEnumerable<string> MbedTlsUndefs { get; set; } = [];

    [Option("mbedtls-ext-cb", Default = "none", HelpText = "Extension callback of mbedtls_x509_crt_parse_der_with_ext_cb: none or accept-all.")]
    public string MbedTlsExtCallback { get; set; } = "none";

    [Option("mbedtls-profile", Default = "default", HelpText = "Mbed TLS verify profile for --ca: default, next or suiteb.")]
    public string MbedTlsProfile { get; set; } = "default";

    [Option("now", HelpText = "Time for Mbed TLS verification, ISO 8601 (default: now).")]
    public string? MbedTlsNow { get; set; }

    [Option("suite", HelpText = "With --target: check the leaf's usage for this ciphersuite (name or 0xNNNN).")]
    public string? MbedTlsSuite { get; set; }

    [Option("role", Default = "server", HelpText = "With --suite: server or client.")]
    public string MbedTlsRole { get; set; } = "server";

    [Option("groups", HelpText = "With --suite: groups the client offers, comma-separated (default: the release's).")]
    public string? MbedTlsGroups { get; set; }

    partial void AddFindingSources(LintSetup setup)
    {
        static List<string> Flat(IEnumerable<string> values) =>
            [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        var targets = Flat(MbedTlsTargets);
        if (targets.Count == 0)
        {
            if (MbedTlsConfigFile is not null || MbedTlsDefines.Any() || MbedTlsUndefs.Any() || MbedTlsSuite is not null)
                setup.Fail("--mbedtls-* and --suite need --target mbedtls-X");
            return;
        }
        if (MbedTlsRole is not ("server" or "client")) { setup.Fail($"--role must be server or client, not '{MbedTlsRole}'"); return; }
        DateTimeOffset? now = null;
        if (MbedTlsNow is not null)
        {
            if (!DateTimeOffset.TryParse(MbedTlsNow, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                setup.Fail($"--now '{MbedTlsNow}' is not a date (ISO 8601, e.g. 2026-01-15T12:00:00Z)");
                return;
            }
            now = parsed;
        }
        try
        {
            var headers = MbedTlsConfigFile is null ? [] : Flat([MbedTlsConfigFile])
                .Select(f => (f, CertLint.IO.BoundedReader.ReadText(Path.Combine(setup.Context.WorkingDirectory, f)))).ToList();
            var builds = MbedTlsBuilds.Create(targets, headers, Flat(MbedTlsDefines), Flat(MbedTlsUndefs), MbedTlsBuilds.ParseExtCallback(MbedTlsExtCallback));
            var groups = MbedTlsGroups?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            setup.Sources.Add(new MbedTlsFindingSource(builds, new MbedTlsLintOptions(MbedTlsProfile, now, MbedTlsSuite, MbedTlsRole, groups)));
        }
        catch (MbedTlsConfigException e)
        {
            setup.Fail(e.Message);
        }
        catch (IOException e)
        {
            setup.Fail($"{MbedTlsConfigFile}: {e.Message}");
        }
    }
}
