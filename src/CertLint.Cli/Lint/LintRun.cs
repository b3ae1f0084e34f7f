using CertLint.Cli.Commands;
using CertLint.IO;
using CertLint.Linting;
using CertLint.Reports;
using CertLint.Rules;
using CertLint.Rules.Engine;
using CertLint.Rules.Engine.Baselines;
using CertLint.Rules.Engine.Profiles;

namespace CertLint.Cli.Lint;

/// <summary>
/// One `lint` invocation after option checks: loads profiles, issuers, anchors and baseline; opens the inputs and the
/// output files; runs a <see cref="LintSession"/> with the console's error lines and progress bar; commits the files;
/// returns the exit code <see cref="LintOutcome"/> decides.
/// </summary>
internal sealed class LintRun(LintCommand options, CliContext context, Severity? failOn, RuleCatalog catalog)
{
    private readonly string _cwd = context.WorkingDirectory;

    public int Execute()
    {
        ResolvedProfile profile;
        try
        {
            profile = new ProfileResolver(catalog, _cwd).Resolve([.. options.Profiles]);
        }
        catch (ProfileException ex)
        {
            context.Error(ex.Mark.ToString(), ex.Problem);
            return ExitCodes.UsageOrInput;
        }
        var chain = CertificateFiles.Read(options.ChainFiles, _cwd, context.Error);
        var anchors = CertificateFiles.Read(options.CaFiles, _cwd, context.Error);
        Baseline? baseline = null;
        if (chain is null || anchors is null || (options.Baseline is not null && (baseline = BaselineFile.Read(options.Baseline, _cwd, context.Error)) is null))
        {
            return ExitCodes.UsageOrInput;
        }
        if (options.Output is not null && options.WriteBaseline is not null
            && Path.GetFullPath(options.Output, _cwd) == Path.GetFullPath(options.WriteBaseline, _cwd))
        {
            context.Error($"--output and --write-baseline both name '{options.Output}': the report and the baseline need different files");
            return ExitCodes.UsageOrInput;
        }
        using var filesFrom = options.FilesFrom is null ? null : FilesFrom.Open(options.FilesFrom, _cwd, context.OpenStdin, context.Error);
        if (options.FilesFrom is not null && filesFrom is null)
        {
            return ExitCodes.UsageOrInput;
        }
        IReadOnlyList<Glob> include, exclude;
        try
        {
            (include, exclude) = ([.. options.Include.Select(g => new Glob(g))], [.. options.Exclude.Select(g => new Glob(g))]);
        }
        catch (ArgumentException ex)
        {
            context.Error("--include/--exclude: " + ex.Message);
            return ExitCodes.UsageOrInput;
        }
        // A listed run is streamed (its length is unknown, so it has no progress bar); paths given as arguments are
        // collected first so the progress bar knows the total.
        IEnumerable<LintInput> inputs = filesFrom is null
            ? InputPaths.Expand(options.Paths, include, exclude, _cwd, context.Error)
            : InputPaths.Enumerate(options.Paths.Concat(filesFrom.Paths()), include, exclude, _cwd, context.Error);
        using var output = OpenOutput(options.Output, out var outputProblem);
        using var baselineOut = OpenOutput(options.WriteBaseline, out var baselineProblem);
        if (outputProblem is not null || baselineProblem is not null)
        {
            context.Error(outputProblem is null ? options.WriteBaseline! : options.Output!, outputProblem ?? baselineProblem!);
            return ExitCodes.UsageOrInput;
        }
        var session = new LintSession(new LintConfiguration
        {
            Catalog = catalog, Profile = profile, Clock = context.Clock, ChainCertificates = chain, TrustAnchors = anchors, Baseline = baseline,
        }, _cwd, context.OpenStdin, PauseForThisRun());
        // The report file's temporary copy is created here, as the report starts (see AtomicFile.Begin).
        var outputWriter = output is null ? context.Stdout : new StreamWriter(output.Stream, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        var writer = ReportFormats.Create(options.Format, outputWriter, UseColor(), options.Quiet);
        var accepted = baselineOut is null ? null : new BaselineFile();
        writer.Begin(session.Header(CliApp.Version, failOn));
        var progress = context.StderrIsTerminal && !options.Quiet && inputs is List<LintInput> { Count: > 1 } all ? new ProgressBar(context.Stderr, all.Count, context.Clock) : null;
        var summary = session.Run(inputs, writer, new LintCallbacks
        {
            InputErrors = report =>
            {
                progress?.Clear();
                context.Errors(report.Errors.Select(error => (report.File, error.Describe(), error.Weight)));
            },
            Progress = (done, certificates) => progress?.Update(done, certificates),
        }, accepted);
        progress?.Clear();
        writer.End(summary);
        if (baselineOut is not null)
        {
            baselineOut.Stream.Write(accepted!.ToBytes());
            baselineOut.Commit();
        }
        if (output is not null)
        {
            outputWriter.Flush();
            output.Commit();
        }
        // A refused line of the --files-from list is an input error: exit 2 like one in any input.
        return filesFrom?.Failed == true ? ExitCodes.UsageOrInput : (int)LintOutcome.Decide(summary, failOn, writesBaseline: baselineOut is not null);
    }

    /// <summary>Null with a reason when the destination exists and --force is not set, is a folder, or its folder is missing. Creates nothing yet.</summary>
    private StagedFile? OpenOutput(string? path, out string? problem)
    {
        problem = null;
        if (path is null)
        {
            return null;
        }
        var full = Path.GetFullPath(path, _cwd);
        problem = AtomicFile.Exists(full) && !Directory.Exists(full) && !options.Force ? "already exists (use --force to overwrite)"
            : Directory.Exists(full) ? "is a directory"
            : !Directory.Exists(Path.GetDirectoryName(full)) ? "its directory does not exist"
            : null;
        return problem is null ? AtomicFile.Begin(full, options.Force, shownAs: path) : null;
    }

    private bool UseColor() =>
        options.Output is null && context.StdoutIsTerminal && !context.NoColorEnvironment && !options.NoColor;

    /// <summary>
    /// The collection pause for this run, sized by what it allocates: each Mbed TLS target about as much again as plain
    /// lint (10,000 certificates: 198 MB, 399 MB with one target, 783 MB with three); JUnit's report alone allocated
    /// 1.4 GB for them, more than any pause may hold, so a JUnit run is not paused.
    /// </summary>
    private CollectionPause? PauseForThisRun() =>
        options.Format == "junit" ? null : new CollectionPause(CollectionPause.LintBudgetPerInputByte * (1 + options.TargetList.Count));
}
