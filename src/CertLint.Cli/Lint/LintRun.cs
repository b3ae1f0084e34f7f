using CertLint.Cli.Commands;
using CertLint.Input;
using CertLint.IO;
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
        var chain = CertificateFiles.Read(options.ChainFiles, _cwd, context);
        var anchors = CertificateFiles.Read(options.CaFiles, _cwd, context);
        if (chain is null || anchors is null || !TryReadBaseline(out var baseline))
        {
            return ExitCodes.UsageOrInput;
        }
        if (options.Output is not null && options.WriteBaseline is not null
            && Path.GetFullPath(options.Output, _cwd) == Path.GetFullPath(options.WriteBaseline, _cwd))
        {
            context.Error($"--output and --write-baseline both name '{options.Output}': the report and the baseline need different files");
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
            ? InputPaths.Expand(options.Paths, include, exclude, _cwd, context.Error)
            : InputPaths.Enumerate(options.Paths.Concat(filesFrom.Paths()), include, exclude, _cwd, context.Error);
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
        // The report file's temporary copy is created here, as the report starts (see AtomicFile.Begin).
        var outputWriter = output is null ? context.Stdout : new StreamWriter(output.Stream, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        var writer = ReportFormats.Create(options.Format, outputWriter, UseColor(), options.Quiet);
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
                context.Errors(report.Errors.Select(error => (report.File, error.Describe())));
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
            baselineOut.Stream.Write(new System.Text.UTF8Encoding(false).GetBytes(Baseline.Write(accepted.Entries)));
            baselineOut.Commit();
        }
        if (output is not null)
        {
            outputWriter.Flush();
            output.Commit();
        }
        if (summary.HasInputErrors)
        {
            return ExitCodes.UsageOrInput;
        }
        // Writing a baseline accepts every current finding: success is exit 0, whatever was found.
        return baselineOut is null && summary.FailsAt(failOn) ? ExitCodes.Findings : ExitCodes.Ok;
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
        if (input.Error is { } unreadable)
        {
            return new FileReport { File = input.Path, Encoding = "unreadable", Certificates = [], Errors = [new InputError(input.Path, unreadable)] };
        }
        var result = input.IsStdin
            ? InputDecoder.DecodeStream("-", context.OpenStdin())
            : InputDecoder.DecodeFile(Path.GetFullPath(input.Path, _cwd)) with { File = input.Path };
        if (input.FromDirectory && result.Objects.Count == 0 && !CertificateExtensions.Contains(Path.GetExtension(input.Path)))
        {
            return null;
        }
        if (result.Errors.Count == 0 && result.Objects.Count > 0 && result.Objects.All(o => o.Kind != ObjectKind.Certificate && o.Kind != ObjectKind.Pkcs7 && o.Kind != ObjectKind.Crl))
        {
            var holds = NoCertificate.Describe(result.Objects.Select(o => o.Kind));
            // A named file that is the wrong artifact (a key, a protected .p12) fails the run like in every other
            // command; in a directory walk key files are expected and only counted.
            return input.FromDirectory && result.Objects.All(o => ObjectKinds.IsPrivateKey(o.Kind) || o.Kind is ObjectKind.Pkcs12 or ObjectKind.PublicKey)
                ? new FileReport { File = result.File, Encoding = result.Encoding, Certificates = [], KeyMaterial = holds }
                : new FileReport { File = result.File, Encoding = result.Encoding, Certificates = [], Errors = [new InputError(result.File, $"holds no certificate, only {holds}")] };
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
            baseline = Baseline.Parse(CertLint.IO.BoundedReader.ReadText(Path.GetFullPath(options.Baseline, _cwd)));
            return true;
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            context.Error(options.Baseline, ex is FormatException ? ex.Message : InputDecoder.ReadError(options.Baseline, ex).Describe());
            return false;
        }
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
        return problem is null ? AtomicFile.Begin(full, options.Force) : null;
    }

    private bool UseColor() =>
        options.Output is null && context.StdoutIsTerminal && !context.NoColorEnvironment && !options.NoColor;
}
