using CertLint.Cli.Arguments;
using CertLint.Cli.Lint;
using CertLint.Rules;
using CertLint.Rules.Engine;

namespace CertLint.Cli.Commands;

/// <summary>
/// `certlint lint`: the options, checked and handed to <see cref="LintRun"/>. The class is partial so another file
/// can add options (e.g. --target) and finding sources through <see cref="AddFindingSources"/>.
/// </summary>
public sealed partial class LintCommand : MbedTlsCommandOptions, ICommand
{
    /// <summary>The verb's options and arguments, in help order.</summary>
    public static VerbSpec Spec => MbedTlsCommandOptions.AddOptions(new VerbSpec<LintCommand>("lint",
        "Lint certificates against a profile (default rfc5280); exit 0 clean, 1 findings at/above --fail-on, 2 bad usage or input.", "certlint lint [options] PATH...",
        "certlint lint fixtures/verdicts/fleet.pem --target mbedtls-3.6")
        .Text("files-from", "Also lint the paths listed in FILE, one per line ('-': read the list from stdin); read as the run goes, for lists of any length.", (c, v) => c.FilesFrom = v)
        .List("profile", "Profile name (rfc5280, iot) or YAML file; repeatable, later ones add to earlier ones. Default: rfc5280.", (c, v) => c.Profiles = v)
        .Text("format", "Output format: text, json, jsonl (one JSON object per certificate per line), sarif or junit.", (c, v) => c.Format = v, shownDefault: "text")
        .Text("output", "Write the report to FILE (atomically; existing files need --force); '-' is standard output, as without it.", (c, v) => c.Output = v == "-" ? null : v)
        .Text("fail-on", "Exit 1 when a finding is at or above: error, warning, notice, info, or never.", (c, v) => c.FailOn = v, shownDefault: "error")
        .List("include", "In directories, lint only files matching these globs (*, ?, **; no '/' matches the name).", (c, v) => c.Include = v)
        .List("exclude", "In directories, skip files matching these globs.", (c, v) => c.Exclude = v)
        .Switch("quiet", "No progress bar; text output lists only certificates with findings.", c => c.Quiet = true)
        .Switch("no-color", "No colours in text output (also when NO_COLOR is set).", c => c.NoColor = true)
        .Text("baseline", "Baseline file of accepted findings (see --write-baseline).", (c, v) => c.Baseline = v)
        .Text("write-baseline", "Write every current finding to FILE as a baseline (justification 'TODO: justify').", (c, v) => c.WriteBaseline = v)
        .Switch("force", "Allow --output and --write-baseline to overwrite existing files.", c => c.Force = true))
        .Rest("PATH", "Files, directories (recursive) or '-' for stdin (required unless --files-from).", (c, v) => c.Paths = v);

    public IEnumerable<string> Paths { get; set; } = [];

    public string? FilesFrom { get; set; }

    public IEnumerable<string> Profiles { get; set; } = [];

    public string Format { get; set; } = "text";

    public string? Output { get; set; }

    public string FailOn { get; set; } = "error";

    public IEnumerable<string> Include { get; set; } = [];

    public IEnumerable<string> Exclude { get; set; } = [];

    public bool Quiet { get; set; }

    public bool NoColor { get; set; }

    public string? Baseline { get; set; }

    public string? WriteBaseline { get; set; }

    public bool Force { get; set; }

    /// <summary>Extension point: other options add finding sources here, or report a usage problem.</summary>
    partial void AddFindingSources(LintSetup setup);

    public int Execute(CliContext context)
    {
        if (!ReportFormatsCli.IsKnown(Format))
        {
            context.Error($"lint: unknown --format '{Format}' (expected text, json, jsonl, sarif or junit)");
            return ExitCodes.UsageOrInput;
        }
        if (FilesFrom is null && !Paths.Any())
        {
            context.Error(UsageErrors.NoInput("lint", "PATH"));
            return ExitCodes.UsageOrInput;
        }
        if (FilesFrom == "-" && Paths.Contains("-"))
        {
            context.Error("lint: standard input cannot be both a PATH and the --files-from list");
            return ExitCodes.UsageOrInput;
        }
        Severity? failOn = null;
        if (!FailOn.Equals("never", StringComparison.OrdinalIgnoreCase))
        {
            if (!Severities.TryParse(FailOn, out var threshold))
            {
                context.Error($"lint: unknown --fail-on '{FailOn}' (expected error, warning, notice, info or never)");
                return ExitCodes.UsageOrInput;
            }
            failOn = threshold;
        }
        var setup = new LintSetup(context);
        AddFindingSources(setup);
        if (setup.Problem is { } problem)
        {
            context.Error("lint: " + problem);
            return ExitCodes.UsageOrInput;
        }
        return new LintRun(this, context, failOn, new RuleCatalog(setup.Sources)).Execute();
    }
}

/// <summary>What option extensions of `lint` may contribute: finding sources, or a usage problem.</summary>
public sealed class LintSetup(CliContext context)
{
    public CliContext Context { get; } = context;
    public List<IFindingSource> Sources { get; } = [];
    public string? Problem { get; private set; }

    public void Fail(string problem) => Problem ??= problem;
}

internal static class ReportFormatsCli
{
    public static bool IsKnown(string format) => Reports.ReportFormats.Names.Contains(format);
}
