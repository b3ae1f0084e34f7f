using CertLint.Cli.Lint;
using CertLint.Rules;
using CertLint.Rules.Engine;
using CommandLine;

namespace CertLint.Cli.Commands;

/// <summary>
/// `certlint lint`: the options, checked and handed to <see cref="LintRun"/>. The class is partial so another file
/// can add options (e.g. --target) and finding sources through <see cref="AddFindingSources"/>.
/// </summary>
[Verb("lint", HelpText = "Lint certificates against a profile (default rfc5280); exit 0 clean, 1 findings at/above --fail-on, 2 bad usage or input.")]
public sealed partial class LintCommand : MbedTlsCommandOptions, ICommand
{
    [Value(0, MetaName = "PATH", HelpText = "Files, directories (recursive) or '-' for stdin (required unless --files-from).")]
    public IEnumerable<string> Paths { get; set; } = [];

    [Option("files-from", HelpText = "Also lint the paths listed in FILE, one per line ('-': read the list from stdin); read as the run goes, for lists of any length.")]
    public string? FilesFrom { get; set; }

    [Option("profile", HelpText = "Profile name (rfc5280, iot) or YAML file; repeatable, later ones add to earlier ones. Default: rfc5280.")]
    public IEnumerable<string> Profiles { get; set; } = [];

    [Option("format", Default = "text", HelpText = "Output format: text, json, jsonl (one JSON object per certificate per line), sarif or junit.")]
    public string Format { get; set; } = "text";

    [Option("output", HelpText = "Write the report to FILE (atomically; existing files need --force).")]
    public string? Output { get; set; }

    [Option("fail-on", Default = "error", HelpText = "Exit 1 when a finding is at or above: error, warning, notice, info, or never.")]
    public string FailOn { get; set; } = "error";

    [Option("include", HelpText = "In directories, lint only files matching these globs (*, ?, **; no '/' matches the name).")]
    public IEnumerable<string> Include { get; set; } = [];

    [Option("exclude", HelpText = "In directories, skip files matching these globs.")]
    public IEnumerable<string> Exclude { get; set; } = [];

    [Option("quiet", HelpText = "No progress bar; text output lists only certificates with findings.")]
    public bool Quiet { get; set; }

    [Option("no-color", HelpText = "No colours in text output (also when NO_COLOR is set).")]
    public bool NoColor { get; set; }

    [Option("baseline", HelpText = "Baseline file of accepted findings (see --write-baseline).")]
    public string? Baseline { get; set; }

    [Option("write-baseline", HelpText = "Write every current finding to FILE as a baseline (justification 'TODO: justify').")]
    public string? WriteBaseline { get; set; }

    [Option("force", HelpText = "Allow --output and --write-baseline to overwrite existing files.")]
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
