using System.Text;
using System.Text.RegularExpressions;
using CertLint.Cli;
using CertLint.Tests.Cli;

namespace CertLint.Tests.Documentation;

/// <summary>
/// The README examples run as written from the repository root and print what the README shows (format and
/// regeneration: tests/README.md, "Documentation examples"). The commands change the process's current directory,
/// so this collection never runs in parallel with other tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DocumentationCollection
{
    public const string Name = "Documentation examples (changes the current directory)";
}

[Collection(DocumentationCollection.Name)]
public partial class DocumentationExampleTests
{
    /// <summary>The clock every example runs with (the same fixed clock as the other CLI tests).</summary>
    public static readonly DateTimeOffset Clock = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A second clock: an example whose output differs under it depends on the date and must pass --now.</summary>
    public static readonly DateTimeOffset LaterClock = new(2030, 6, 15, 0, 0, 0, TimeSpan.Zero);

    private const string UpdateVariable = "CERTLINT_UPDATE_DOCS";
    private const string Regenerate = "regenerate the outputs with `CERTLINT_UPDATE_DOCS=1 dotnet test CertLint.sln --filter DocumentationExample` and review the diff";

    public static TheoryData<string> Readmes()
    {
        var data = new TheoryData<string>();
        foreach (var file in MarkdownExamples.ReadmeFiles(Fixtures.RepoRoot))
        {
            data.Add(file);
        }
        return data;
    }

    [Fact]
    public void EveryReadmeTheTaskNamesIsFound()
    {
        var files = MarkdownExamples.ReadmeFiles(Fixtures.RepoRoot);
        Assert.Contains("README.md", files);
        Assert.Contains("src/CertLint.Cli/README.md", files);
        Assert.Contains("tests/README.md", files);
    }

    [Theory]
    [MemberData(nameof(Readmes))]
    public void ExamplesRunAsWrittenAndPrintWhatTheReadmeShows(string readme)
    {
        var path = Path.Combine(Fixtures.RepoRoot, readme);
        var update = Environment.GetEnvironmentVariable(UpdateVariable) == "1";
        var (errors, rewritten) = Check(readme, File.ReadAllText(path), update);
        if (rewritten is not null)
        {
            File.WriteAllText(path, rewritten);
        }
        Assert.True(errors.Count == 0, string.Join("\n\n", errors) + (errors.Count > 0 ? "\n\nTo accept new outputs: " + Regenerate + "." : ""));
    }

    /// <summary>
    /// Runs every checked example of a README's text. Returns the problems (format errors, outputs that differ from
    /// the README, outputs that depend on the date) and, when <paramref name="update"/> is set and some output changed,
    /// the text with the new outputs (otherwise null).
    /// </summary>
    public static (List<string> Errors, string? Rewritten) Check(string readme, string text, bool update, DateTimeOffset? laterClock = null)
    {
        var secondClock = laterClock ?? LaterClock;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var (blocks, errors) = MarkdownExamples.Parse(readme, lines);
        var replacements = new List<(ExampleBlock Block, List<string> Content)>();
        foreach (var block in blocks.Where(b => b.Run))
        {
            var (actual, problems) = RunBlock(block, Clock);
            errors.AddRange(problems);
            if (problems.Count > 0)
            {
                continue;
            }
            var (later, _) = RunBlock(block, secondClock);
            for (var s = 0; s < block.Steps.Count; s++)
            {
                if (!Same(actual[s], later[s], block.IgnoreDurations))
                {
                    errors.Add($"{readme}:{block.Steps[s].Line}: the output of `{block.Steps[s].Command}` depends on the date " +
                        $"(it differs between clocks {Clock:yyyy-MM-dd} and {secondClock:yyyy-MM-dd}): give the command --now, or choose a date-independent example");
                }
            }
            var stale = Enumerable.Range(0, block.Steps.Count).Any(s => !Same(block.Steps[s].Expected, actual[s], block.IgnoreDurations));
            if (update)
            {
                // Only blocks whose output really changed are rewritten (durations alone do not count where ignored).
                if (stale)
                {
                    replacements.Add((block, Render(block, actual, lines)));
                }
                continue;
            }
            for (var s = 0; s < block.Steps.Count; s++)
            {
                if (!Same(block.Steps[s].Expected, actual[s], block.IgnoreDurations))
                {
                    errors.Add(Mismatch(readme, block.Steps[s], actual[s]));
                }
            }
        }
        return (errors, replacements.Count > 0 ? Rewrite(lines, replacements) : null);
    }

    /// <summary>Runs a block's commands in order in a fresh scratch copy of the repository root; one output per step.</summary>
    private static (List<List<string>> Outputs, List<string> Problems) RunBlock(ExampleBlock block, DateTimeOffset clock)
    {
        var outputs = new List<List<string>>();
        var problems = new List<string>();
        using var scratch = new ScratchRoot(Fixtures.RepoRoot);
        var lastExit = 0;
        foreach (var step in block.Steps)
        {
            if (step.Command == "echo $?")
            {
                outputs.Add([lastExit.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                continue;
            }
            List<string> words;
            try
            {
                words = MarkdownExamples.SplitWords(step.Command);
            }
            catch (FormatException e)
            {
                problems.Add($"{block.File}:{step.Line}: `{step.Command}`: {e.Message}");
                break;
            }
            var args = CliArguments(words);
            if (args is null)
            {
                problems.Add($"{block.File}:{step.Line}: `{step.Command}` is not a certlint command: run only `certlint ...`, " +
                    "`dotnet run --project src/CertLint.Cli -- ...` and `echo $?` in a checked block, or mark it ```console not-run: REASON");
                break;
            }
            (lastExit, var output) = scratch.Run(args, clock);
            outputs.Add(Lines(output));
        }
        return (outputs, problems);
    }

    /// <summary>`certlint ARGS` and `dotnet run --project src/CertLint.Cli -- ARGS` both run the CLI's entry point with ARGS.</summary>
    private static string[]? CliArguments(List<string> words)
    {
        if (words.Count > 0 && words[0] == "certlint")
        {
            return [.. words.Skip(1)];
        }
        if (words.Count >= 5 && words[0] == "dotnet" && words[1] == "run" && words[2] == "--project"
            && words[3].TrimEnd('/') is "src/CertLint.Cli" && words[4] == "--")
        {
            return [.. words.Skip(5)];
        }
        return null;
    }

    private static List<string> Lines(string output)
    {
        var lines = output.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        return lines;
    }

    private static bool Same(List<string> expected, List<string> actual, bool ignoreDurations) =>
        expected.Select(l => Normalise(l, ignoreDurations)).SequenceEqual(actual.Select(l => Normalise(l, ignoreDurations)));

    /// <summary>Trailing blanks never count (editors strip them); durations only in blocks marked ignore-durations.</summary>
    private static string Normalise(string line, bool ignoreDurations)
    {
        line = line.TrimEnd();
        return ignoreDurations ? DurationRegex().Replace(line, "N ms") : line;
    }

    private static string Mismatch(string readme, ExampleStep step, List<string> actual)
    {
        var text = new StringBuilder($"{readme}:{step.Line}: `{step.Command}` printed something else than the README shows.");
        var n = Math.Max(step.Expected.Count, actual.Count);
        for (var i = 0; i < n; i++)
        {
            var e = i < step.Expected.Count ? step.Expected[i].TrimEnd() : null;
            var a = i < actual.Count ? actual[i] : null;
            if (e != a)
            {
                text.Append($"\n  first difference at output line {i + 1}:\n  README: {e ?? "(no line)"}\n  actual: {a ?? "(no line)"}");
                break;
            }
        }
        return text.ToString();
    }

    /// <summary>The block's new content: each command as written (continuation lines kept), then its actual output.</summary>
    private static List<string> Render(ExampleBlock block, List<List<string>> outputs, string[] lines)
    {
        var content = new List<string>();
        for (var s = 0; s < block.Steps.Count; s++)
        {
            var commandEnd = s + 1 < block.Steps.Count ? block.Steps[s + 1].Line - 1 : block.EndFenceLine;
            var line = block.Steps[s].Line - 1;
            content.Add(lines[line]);
            while (lines[line].TrimEnd().EndsWith('\\') && line + 1 < commandEnd)
            {
                content.Add(lines[++line]);
            }
            content.AddRange(outputs[s].Select(o => o.Length == 0 ? "" : block.Indent + o));
        }
        return content;
    }

    private static string Rewrite(string[] lines, List<(ExampleBlock Block, List<string> Content)> replacements)
    {
        var result = new List<string>();
        var next = 0;
        foreach (var (block, content) in replacements.OrderBy(r => r.Block.FenceLine))
        {
            result.AddRange(lines[next..block.FenceLine]);
            result.AddRange(content);
            next = block.EndFenceLine;
        }
        result.AddRange(lines[next..]);
        return string.Join("\n", result);
    }

    [GeneratedRegex(@"\d+(\.\d+)? ms\b")]
    private static partial Regex DurationRegex();
}

/// <summary>
/// A scratch directory holding a symbolic link to every top-level entry of the repository, so commands see
/// `fixtures/...` as from the root while the files they write land in the scratch directory.
/// </summary>
internal sealed class ScratchRoot : IDisposable
{
    private readonly string _directory;
    private readonly List<string> _links = [];

    public ScratchRoot(string repositoryRoot)
    {
        _directory = Directory.CreateTempSubdirectory("certlint-docs-").FullName;
        foreach (var entry in Directory.EnumerateFileSystemEntries(repositoryRoot))
        {
            var name = Path.GetFileName(entry);
            if (name == ".git")
            {
                continue;
            }
            var link = Path.Combine(_directory, name);
            if (Directory.Exists(entry))
            {
                Directory.CreateSymbolicLink(link, entry);
            }
            else
            {
                File.CreateSymbolicLink(link, entry);
            }
            _links.Add(link);
        }
    }

    /// <summary>
    /// Runs the CLI's entry point in the scratch directory (as the process's current directory too, since some
    /// commands open relative paths directly), with stdout and stderr captured together in the order written, as a
    /// terminal shows them; neither is a terminal, so there are no colours and no progress bar.
    /// </summary>
    public (int ExitCode, string Output) Run(string[] args, DateTimeOffset now)
    {
        var output = new StringWriter { NewLine = "\n" };
        var binary = new MemoryStream();
        var context = new CliContext
        {
            Stdout = output,
            Stderr = output,
            OpenStdin = () => new MemoryStream(),
            OpenStdoutBinary = () => binary,
            Clock = new FixedClock(now),
            WorkingDirectory = _directory,
        };
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(_directory);
        try
        {
            var code = CliApp.Run(args, context);
            var text = output.ToString();
            if (binary.Length > 0)
            {
                text += Encoding.UTF8.GetString(binary.ToArray());
            }
            return (code, text);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    public void Dispose()
    {
        foreach (var link in _links)
        {
            if (Directory.Exists(link) && new DirectoryInfo(link).LinkTarget is not null)
            {
                Directory.Delete(link);
            }
            else
            {
                File.Delete(link);
            }
        }
        Directory.Delete(_directory, recursive: true);
    }
}
