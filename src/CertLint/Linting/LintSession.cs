using CertLint.Reports;
using CertLint.Rules;
using CertLint.Rules.Engine;

namespace CertLint.Linting;

/// <summary>What a caller watches while a session runs (the command line prints errors and a progress bar).</summary>
public sealed class LintCallbacks
{
    /// <summary>A file whose report holds input errors, before that report is written.</summary>
    public Action<FileReport>? InputErrors { get; init; }

    /// <summary>After each input: inputs done so far, certificates linted so far.</summary>
    public Action<int, int>? Progress { get; init; }
}

/// <summary>
/// One lint run over many inputs: lints them in parallel (at most a window ahead, so memory does not grow with the
/// input count) and hands every file's report to the report writer strictly in input order, counting the summary and,
/// when asked, the entries of a new baseline. Output goes only to the writer and callbacks the caller passes.
/// </summary>
public sealed class LintSession
{
    private readonly LintConfiguration _configuration;
    private readonly string _workingDirectory;
    private readonly InputLinter _linter;

    /// <param name="workingDirectory">Relative input paths resolve against it; reports show paths relative to it.</param>
    /// <param name="openStdin">Opens standard input, for the input "-".</param>
    /// <param name="pause">For a process that lints and exits: its first large input runs without garbage collections.</param>
    public LintSession(LintConfiguration configuration, string workingDirectory, Func<Stream> openStdin, IO.CollectionPause? pause = null)
    {
        _configuration = configuration;
        _workingDirectory = workingDirectory;
        _linter = new InputLinter(new LintEngine(configuration), workingDirectory, openStdin, pause);
    }

    /// <summary>The report header: the profile, the threshold, and every rule the run can report (enabled, finding-source and engine rules).</summary>
    public ReportHeader Header(string toolVersion, Severity? failOn)
    {
        var catalog = _configuration.Catalog;
        var profile = _configuration.Profile;
        return new ReportHeader
        {
            ToolVersion = toolVersion,
            Profiles = profile.Names,
            FailOn = failOn,
            Rules = [.. catalog.Descriptors.Where(d => profile.IsEnabled(d.Id) || catalog.IsSourceRule(d.Id) || EngineRules.All.Contains(d))],
            WorkingDirectory = _workingDirectory,
        };
    }

    /// <summary>
    /// Lints every input and writes each file's report (between the writer's Begin and End, which the caller calls);
    /// returns the run's summary. <paramref name="baseline"/>, when given, gathers every finding for --write-baseline.
    /// </summary>
    public LintSummary Run(IEnumerable<LintInput> inputs, IReportWriter writer, LintCallbacks? callbacks = null, BaselineFile? baseline = null)
    {
        var summary = new LintSummary();
        var done = 0;
        OrderedParallel.Run(inputs, _linter.Lint, report =>
        {
            done++;
            if (report is not null)
            {
                if (report.Errors.Count > 0)
                {
                    callbacks?.InputErrors?.Invoke(report);
                }
                writer.WriteFile(report);
                summary.Add(report);
                baseline?.Add(report);
            }
            callbacks?.Progress?.Invoke(done, summary.Certificates);
        }, window: Environment.ProcessorCount * 4);
        return summary;
    }
}
