using CertLint.Cli.Commands;
using CertLint.Input;
using CertLint.Reports;
using CertLint.Rules;
using CertLint.Rules.Engine;
using CertLint.Rules.Engine.Baselines;
using CertLint.Rules.Engine.Profiles;

namespace CertLint.Cli.Lint;

/// <summary>
/// One `lint` invocation after option checks: loads profiles, issuers, anchors and baseline; lints every input in
/// parallel; streams the report in input order; writes the baseline; returns the exit code.
/// </summary>
internal sealed class LintRun(LintCommand options, CliContext context, Severity? failOn, RuleCatalog catalog)
{
    private static readonly HashSet<string> CertificateExtensions = new([".pem", ".crt", ".cer", ".cert", ".der", ".p7b", ".p7c", ".p7s", ".pkcs7", ".ca-bundle"], StringComparer.OrdinalIgnoreCase);
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
        var chain = CertificateFiles.Read(options.Chain, _cwd, context);
        var anchors = CertificateFiles.Read(options.Ca, _cwd, context);
        if (chain is null || anchors is null || !TryReadBaseline(out var baseline))
        {
            return ExitCodes.UsageOrInput;
        }
        using var filesFrom = options.FilesFrom is null ? null : FilesFrom.Open(options.FilesFrom, context);
        if (options.FilesFrom is not null && filesFrom is null)
        {
            return ExitCodes.UsageOrInput;
        }
        IReadOnlyList<Glob> include = [.. options.Include.Select(g => new Glob(g))];
        IReadOnlyList<Glob> exclude = [.. options.Exclude.Select(g => new Glob(g))];
        // A listed run is streamed (its length is unknown, so it has no progress bar); paths given as arguments are
        // collected first so the progress bar knows the total.
        IEnumerable<LintInput> inputs = filesFrom is null
            ? InputPaths.Expand(options.Paths, include, exclude, _cwd)
            : InputPaths.Enumerate(options.Paths.Concat(filesFrom.Paths()), include, exclude, _cwd);
        using var output = OpenOutput(options.Output, out var outputProblem);
        using var baselineOut = OpenOutput(options.WriteBaseline, out var baselineProblem);
        if (outputProblem is not null || baselineProblem is not null)
        {
            context.Error(outputProblem is null ? options.WriteBaseline! : options.Output!, outputProblem ?? baselineProblem!);
            return ExitCodes.UsageOrInput;
        }
        var engine = new LintEngine(new LintConfiguration
        {
            Catalog = catalog, Profile = profile, Clock = context.Clock, ChainCertificates = chain, TrustAnchors = anchors, Baseline = baseline,
        });
        var writer = ReportFormats.Create(options.Format, output?.Writer ?? context.Stdout, UseColor(), options.Quiet);
        var summary = new LintSummary();
        var accepted = new BaselineCollector();
        writer.Begin(new ReportHeader
        {
            ToolVersion = typeof(LintRun).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            Profiles = profile.Names,
            FailOn = failOn,
            Rules = [.. catalog.Descriptors.Where(d => profile.IsEnabled(d.Id) || catalog.IsSourceRule(d.Id) || EngineRules.All.Contains(d))],
            WorkingDirectory = _cwd,
        });
        var progress = context.StderrIsTerminal && !options.Quiet && inputs is List<LintInput> { Count: > 1 } all ? new ProgressBar(context.Stderr, all.Count, context.Clock) : null;
        var done = 0;
        OrderedParallel.Run(inputs, input => LintOne(engine, input), report =>
        {
            done++;
            if (report is not null)
            {
                if (report.Errors.Count > 0)
                {
                    progress?.Clear();
                }
                foreach (var error in report.Errors)
                {
                    context.Error(report.File, error.Describe());
                }
                writer.WriteFile(report);
                summary.Add(report);
                if (baselineOut is not null)
                {
                    accepted.Add(report);
                }
            }
            progress?.Update(done, summary.Certificates);
        }, window: Environment.ProcessorCount * 4);
        progress?.Clear();
        writer.End(summary);
        if (baselineOut is not null)
        {
            baselineOut.Writer.Write(Baseline.Write(accepted.Entries));
            baselineOut.Commit();
        }
        output?.Commit();
        return summary.HasInputErrors ? ExitCodes.UsageOrInput : summary.FailsAt(failOn) ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary>
    /// Null for a file found in a directory that holds nothing recognisable and is not named like a certificate file
    /// (directories hold READMEs and scripts too); a broken *.pem there is still reported.
    /// </summary>
    private FileReport? LintOne(LintEngine engine, LintInput input)
    {
        try
        {
            return DecodeAndLint(engine, input);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug on one file must not lose the report of the others: that file becomes an input error (exit 2).
            var problem = $"internal error while linting: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}";
            return new FileReport { File = input.Path, Encoding = "unreadable", Certificates = [], Errors = [new InputError(input.Path, problem)] };
        }
    }

    private FileReport? DecodeAndLint(LintEngine engine, LintInput input)
    {
        var result = input.IsStdin
            ? InputDecoder.DecodeStream("-", context.OpenStdin())
            : InputDecoder.DecodeFile(Path.GetFullPath(input.Path, _cwd)) with { File = input.Path };
        if (input.FromDirectory && result.Objects.Count == 0 && !CertificateExtensions.Contains(Path.GetExtension(input.Path)))
        {
            return null;
        }
        return engine.Lint(result);
    }

    private bool TryReadBaseline(out Baseline? baseline)
    {
        baseline = null;
        if (options.Baseline is null)
        {
            return true;
        }
        try
        {
            baseline = Baseline.Parse(File.ReadAllText(Path.GetFullPath(options.Baseline, _cwd)));
            return true;
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            context.Error(options.Baseline, ex is FormatException ? ex.Message : "cannot read: " + ex.Message.TrimEnd('.'));
            return false;
        }
    }

    private AtomicFile? OpenOutput(string? path, out string? problem)
    {
        problem = null;
        return path is null ? null : AtomicFile.Open(path, _cwd, options.Force, out problem);
    }

    private bool UseColor() =>
        options.Output is null && context.StdoutIsTerminal && !context.NoColorEnvironment && !options.NoColor;
}
