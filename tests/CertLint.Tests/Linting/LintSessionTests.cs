using CertLint.Input;
using CertLint.Linting;
using CertLint.Reports;
using CertLint.Rules;
using CertLint.Rules.Engine;
using CertLint.Rules.Engine.Baselines;
using CertLint.Rules.Engine.Profiles;
using CertLint.Tests.Cli;

namespace CertLint.Tests.Linting;

/// <summary>The lint run of the library (session, one input, exit policy, baseline and list files), without the command line.</summary>
public class LintSessionTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly string Cwd = Fixtures.Path("");

    private static LintConfiguration Configuration(Baseline? baseline = null) => new()
    {
        Catalog = RuleCatalog.Default,
        Profile = new ProfileResolver(RuleCatalog.Default, Cwd).Resolve([]),
        Clock = new FixedClock(Now),
        Baseline = baseline,
    };

    private static LintSession Session(Baseline? baseline = null, Func<Stream>? stdin = null) =>
        new(Configuration(baseline), Cwd, stdin ?? (() => Stream.Null));

    /// <summary>A report writer that records what it was handed.</summary>
    private sealed class RecordingWriter : IReportWriter
    {
        public List<FileReport> Files { get; } = [];
        public void Begin(ReportHeader header) { }
        public void WriteFile(FileReport file) => Files.Add(file);
        public void End(LintSummary summary) { }
    }

    [Fact]
    public void ReportsEveryInputInInputOrderAndCountsTheSummary()
    {
        var inputs = Enumerable.Range(0, 40).Select(i => new LintInput(i % 2 == 0 ? "lint/chain.pem" : "lint/zero-serial.pem", FromDirectory: false)).ToList();
        var writer = new RecordingWriter();
        var progress = new List<(int, int)>();
        var summary = Session().Run(inputs, writer, new LintCallbacks { Progress = (done, certificates) => progress.Add((done, certificates)) });
        Assert.Equal(inputs.Select(i => i.Path), writer.Files.Select(f => f.File));
        Assert.Equal(40, summary.Files);
        Assert.Equal(20 * 3 + 20, summary.Certificates);
        Assert.Equal(Enumerable.Range(1, 40), progress.Select(p => p.Item1));
        Assert.Equal((40, 80), progress[^1]);
        Assert.Equal(LintExit.Findings, LintOutcome.Decide(summary, Severity.Error, writesBaseline: false));
    }

    [Fact]
    public void AnInputErrorIsHandedToTheCallbackBeforeItsReportAndDecidesExitTwo()
    {
        var writer = new RecordingWriter();
        var seen = new List<string>();
        var summary = Session().Run([new LintInput("lint/zero-serial.pem", false), new LintInput("lint/nope.pem", false)], writer,
            new LintCallbacks { InputErrors = report => seen.Add($"{report.File} before write: {writer.Files.Count}") });
        Assert.Equal(["lint/nope.pem before write: 1"], seen);
        Assert.Equal(LintExit.InputErrors, LintOutcome.Decide(summary, Severity.Error, writesBaseline: false));
    }

    [Fact]
    public void ExitPolicy()
    {
        var clean = Session().Run([new LintInput("lint/chain.pem", false)], new RecordingWriter());
        var findings = Session().Run([new LintInput("lint/zero-serial.pem", false)], new RecordingWriter());
        Assert.Equal(LintExit.Ok, LintOutcome.Decide(clean, Severity.Info, writesBaseline: false));
        Assert.Equal(LintExit.Findings, LintOutcome.Decide(findings, Severity.Error, writesBaseline: false));
        Assert.Equal(LintExit.Ok, LintOutcome.Decide(findings, null, writesBaseline: false));
        // Writing a baseline accepts every current finding.
        Assert.Equal(LintExit.Ok, LintOutcome.Decide(findings, Severity.Error, writesBaseline: true));
        Assert.Equal([0, 1, 2], new[] { LintExit.Ok, LintExit.Findings, LintExit.InputErrors }.Select(e => (int)e));
    }

    [Fact]
    public void ABaselineWrittenByOneRunSilencesTheNextAndKeepsItsEntries()
    {
        var collected = new BaselineFile();
        var first = Session().Run([new LintInput("lint/zero-serial.pem", false), new LintInput("lint/zero-serial.pem", false)], new RecordingWriter(), baseline: collected);
        Assert.True(first.Findings > 0);
        Assert.InRange(collected.Entries.Count, 1, first.Findings / 2);
        Assert.All(collected.Entries, e => Assert.Equal(Baseline.Placeholder, e.Justification));

        var path = Path.Combine(Directory.CreateTempSubdirectory("certlint-baseline-").FullName, "baseline.yaml");
        File.WriteAllBytes(path, collected.ToBytes());
        var baseline = BaselineFile.Read(path, Cwd, (_, problem) => Assert.Fail(problem));
        var again = new BaselineFile();
        var second = Session(baseline).Run([new LintInput("lint/zero-serial.pem", false)], new RecordingWriter(), baseline: again);
        Assert.Equal(0, second.Findings);
        Assert.Equal(first.Findings / 2, second.Suppressed);
        Assert.Equal(collected.Entries.Select(e => e.Rule), again.Entries.Select(e => e.Rule));
    }

    [Fact]
    public void AnUnreadableBaselineIsOneProblemNamingTheFile()
    {
        var problems = new List<(string, string)>();
        Assert.Null(BaselineFile.Read("lint/nope.yaml", Cwd, (file, problem) => problems.Add((file, problem))));
        Assert.Equal("lint/nope.yaml", Assert.Single(problems).Item1);
    }

    [Fact]
    public void OneInputSkipsUnrecognisedDirectoryFilesAndCountsKeyFiles()
    {
        var linter = new InputLinter(new LintEngine(Configuration()), Cwd, () => Stream.Null);
        Assert.Null(linter.Lint(new LintInput("lint/not-a-certificate.txt", FromDirectory: true)));
        Assert.NotNull(linter.Lint(new LintInput("lint/not-a-certificate.txt", FromDirectory: false)));
        var key = linter.Lint(new LintInput("tls/ca.key", FromDirectory: true))!;
        Assert.NotNull(key.KeyMaterial);
        Assert.Empty(key.Errors);
        var named = linter.Lint(new LintInput("tls/ca.key", FromDirectory: false))!;
        Assert.Contains("holds no certificate, only", Assert.Single(named.Errors).Describe());
        var unreadable = linter.Lint(new LintInput("d", FromDirectory: true) { Error = "cannot read directory: permission denied" })!;
        Assert.Equal("unreadable", unreadable.Encoding);
    }

    [Fact]
    public void StandardInputIsReadThroughTheCallersStream()
    {
        var bytes = Fixtures.Bytes("lint/chain.pem");
        var report = new InputLinter(new LintEngine(Configuration()), Cwd, () => new MemoryStream(bytes)).Lint(new LintInput("-", false))!;
        Assert.Equal("-", report.File);
        Assert.Equal(3, report.Certificates.Count);
    }

    [Fact]
    public void TheHeaderListsTheProfileAndItsRules()
    {
        var header = Session().Header("9.9.9", Severity.Warning);
        Assert.Equal("9.9.9", header.ToolVersion);
        Assert.Equal(["rfc5280"], header.Profiles);
        Assert.Contains(header.Rules, r => r.Id == "rfc5280.serial.positive");
        Assert.Equal(Cwd, header.WorkingDirectory);
    }

    [Fact]
    public void FilesFromListsPathsAndReportsAnUnreadableList()
    {
        var list = new MemoryStream("a.pem\n\r\n-\nb.pem\r\n"u8.ToArray());
        using (var files = FilesFrom.Open("-", Cwd, () => list, (_, problem) => Assert.Fail(problem))!)
        {
            Assert.Equal(["a.pem", "./-", "b.pem"], files.Paths());
        }
        var problems = new List<string>();
        Assert.Null(FilesFrom.Open("lint/no-such-list.txt", Cwd, () => Stream.Null, (file, problem) => problems.Add($"{file}: {problem}")));
        Assert.StartsWith("lint/no-such-list.txt: cannot read the list of inputs: ", Assert.Single(problems));
    }

    [Fact]
    public void CertificateFilesNameTheFirstUnusableFile()
    {
        Assert.Equal(3, CertificateFiles.Read(["lint/chain.pem"], Cwd, (_, problem) => Assert.Fail(problem))!.Count);
        var problems = new List<string>();
        Assert.Null(CertificateFiles.Read(["lint/chain.pem", "tls/ca.key"], Cwd, (file, problem) => problems.Add($"{file}: {problem}")));
        Assert.Equal(["tls/ca.key: holds no certificate"], problems);
    }
}
