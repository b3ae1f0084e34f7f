using System.Text;
using System.Text.Json;

namespace CertLint.Tests.Cli;

/// <summary>
/// Fleet mode (issue 15): `--format jsonl` writes one JSON object per certificate per line, and `--files-from FILE|-`
/// reads the inputs from a list. (The 100,000-certificate flat-memory run is a benchmark: tests/CertLint.Benchmarks.)
/// </summary>
public class JsonlAndFilesFromTests
{
    private static readonly string[] Sha = File.ReadAllLines(Fixtures.Path("lint/sha256.txt"));

    private static List<JsonElement> Lines(string stdout)
    {
        Assert.EndsWith("\n", stdout);
        return [.. stdout.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement)];
    }

    [Fact]
    public void LintJsonlIsOneCompactObjectPerCertificateWithTheDocumentedFields()
    {
        using var cli = new LintCli();
        cli.Copy("lint/two-leaves.pem", "lint/leaf.pem");
        var result = cli.Run("lint", "--format", "jsonl", "two-leaves.pem", "leaf.pem");
        Assert.Equal(1, result.ExitCode);
        var lines = Lines(result.Stdout);
        Assert.Equal(3, lines.Count);
        Assert.DoesNotContain("\n ", result.Stdout);
        Assert.All(lines, l => Assert.Equal("certificate", l.GetProperty("type").GetString()));
        Assert.Equal(["two-leaves.pem", "two-leaves.pem", "leaf.pem"], lines.Select(l => l.GetProperty("file").GetString()));
        var zero = lines[1];
        Assert.Equal(Sha[1], zero.GetProperty("sha256").GetString());
        Assert.Equal(1, zero.GetProperty("index").GetInt32());
        Assert.Equal("PEM (text)", zero.GetProperty("encoding").GetString());
        Assert.Equal("leaf", zero.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Array, zero.GetProperty("suppressed").ValueKind);
        var finding = zero.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "rfc5280.serial.positive");
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(13, finding.GetProperty("offset").GetInt32());
        Assert.Equal(Sha[0], lines[2].GetProperty("sha256").GetString());
    }

    [Fact]
    public void LintJsonlReportsInputErrorsAsErrorLinesAndExitsTwo()
    {
        using var cli = new LintCli();
        cli.Copy("lint/not-a-certificate.txt", "lint/leaf.pem");
        var result = cli.Run("lint", "--format", "jsonl", "not-a-certificate.txt", "leaf.pem");
        Assert.Equal(2, result.ExitCode);
        var lines = Lines(result.Stdout);
        var error = lines.First(l => l.GetProperty("type").GetString() == "error");
        Assert.Equal("not-a-certificate.txt", error.GetProperty("file").GetString());
        Assert.Equal(0, error.GetProperty("offset").GetInt64());
        Assert.StartsWith("not a certificate container", error.GetProperty("message").GetString());
        Assert.Equal("leaf.pem", lines[^1].GetProperty("file").GetString());
        Assert.Contains("not-a-certificate.txt", result.Stderr);
    }

    [Fact]
    public void FilesFromReadsAListFileInOrderAndSkipsEmptyLines()
    {
        using var cli = new LintCli();
        cli.Copy("lint/two-leaves.pem", "lint/leaf.pem");
        File.WriteAllText(cli.PathOf("list.txt"), "leaf.pem\r\n\ntwo-leaves.pem\n");
        var result = cli.Run("lint", "--format", "jsonl", "--files-from", "list.txt");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["leaf.pem", "two-leaves.pem", "two-leaves.pem"], Lines(result.Stdout).Select(l => l.GetProperty("file").GetString()));
    }

    [Fact]
    public void FilesFromCombinesWithPathsAndEveryFormat()
    {
        using var cli = new LintCli();
        cli.Copy("lint/zero-serial.pem", "lint/leaf.pem");
        File.WriteAllText(cli.PathOf("list.txt"), "zero-serial.pem\n");
        var result = cli.Run("lint", "--format", "json", "--files-from", "list.txt", "leaf.pem");
        Assert.Equal(1, result.ExitCode);
        var files = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("file").GetString());
        Assert.Equal(["leaf.pem", "zero-serial.pem"], files);
    }

    [Fact]
    public void FilesFromDashReadsTheListFromStdin()
    {
        var list = Encoding.UTF8.GetBytes(Fixtures.Path("lint/leaf.pem") + "\n" + Fixtures.Path("lint/zero-serial.pem") + "\n");
        var result = CliRunner.RunWithStdin(list, "lint", "--format", "jsonl", "--files-from", "-");
        Assert.Equal(1, result.ExitCode);
        var lines = Lines(result.Stdout);
        Assert.Equal(2, lines.Count);
        Assert.EndsWith("leaf.pem", lines[0].GetProperty("file").GetString());
        Assert.EndsWith("zero-serial.pem", lines[1].GetProperty("file").GetString());
    }

    /// <summary>
    /// The list is hostile input too: `--files-from /dev/zero` was one endless line (8.4 GB, then an internal error) and a
    /// NUL in a path an internal error. An overlong line ends the list, a NUL line is skipped; both exit 2.
    /// </summary>
    [Theory]
    [InlineData("lint")]
    [InlineData("predict")]
    public void FilesFromRefusesOverlongLinesAndNulCharacters(string command)
    {
        var leaf = Fixtures.Path("lint/leaf.pem");
        var list = Encoding.UTF8.GetBytes($"{leaf}\nbad\0name\n{leaf}\r\n{new string('x', 5000)}\n{leaf}\n");
        var result = CliRunner.RunWithStdin(list, command, "--format", "json", "--files-from", "-");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "certlint: -: line 2 holds a NUL character, which no path can; skipped\n" +
            "certlint: -: line 4 is longer than 4096 characters; the list is not read past it\n", result.Stderr);
        Assert.DoesNotContain("internal error", result.Stderr);
        // The two listed files before the long line were read; the one after it was not.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(result.Stdout, "\"file\": ").Count);
    }

    [Fact]
    public void FilesFromProblemsAreOneLineUsageErrors()
    {
        using var cli = new LintCli();
        var missing = cli.Run("lint", "--files-from", "no-such-list.txt");
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("certlint: no-such-list.txt: cannot read the list of inputs", missing.Stderr);
        Assert.Single(missing.Stderr.TrimEnd('\n').Split('\n'));

        var nothing = cli.Run("lint");
        Assert.Equal(2, nothing.ExitCode);
        Assert.Equal("certlint: missing argument (give one or more PATHs, or --files-from FILE); see 'certlint lint --help'\n", nothing.Stderr);

        var both = CliRunner.Run("lint", "--files-from", "-", "-");
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("standard input cannot be both", both.Stderr);
    }

    [Fact]
    public void AListedMissingFileIsAnInputErrorAndTheRunGoesOn()
    {
        using var cli = new LintCli();
        cli.Copy("lint/leaf.pem");
        File.WriteAllText(cli.PathOf("list.txt"), "gone.pem\nleaf.pem\n");
        var result = cli.Run("lint", "--format", "jsonl", "--files-from", "list.txt");
        Assert.Equal(2, result.ExitCode);
        var lines = Lines(result.Stdout);
        Assert.Equal(("error", "gone.pem"), (lines[0].GetProperty("type").GetString(), lines[0].GetProperty("file").GetString()));
        Assert.Equal(("certificate", "leaf.pem"), (lines[1].GetProperty("type").GetString(), lines[1].GetProperty("file").GetString()));
    }

    [Fact]
    public void PredictJsonlIsOneObjectPerCertificateWithStacks()
    {
        var result = CliRunner.Run("predict", "--format", "jsonl", "--target", "mbedtls-3.6,mbedtls-2.16", Fixtures.Path("lint/two-leaves.pem"), Fixtures.Path("lint/leaf.pem"));
        var lines = Lines(result.Stdout);
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.Equal("certificate", l.GetProperty("type").GetString()));
        Assert.Equal([0, 1, 0], lines.Select(l => l.GetProperty("index").GetInt32()));
        Assert.Equal(Sha[1], lines[1].GetProperty("sha256").GetString());
        var stacks = lines[0].GetProperty("stacks").EnumerateArray().Select(s => s.GetProperty("target").GetString()).ToList();
        Assert.Equal(["mbedtls-3.6", "mbedtls-2.16"], stacks);
        Assert.Equal(JsonValueKind.True, lines[2].GetProperty("stacks")[0].GetProperty("accepted").ValueKind);
        // The same certificates give the same per-certificate verdicts as the JSON document.
        var json = JsonDocument.Parse(CliRunner.Run("predict", "--format", "json", "--target", "mbedtls-3.6,mbedtls-2.16", Fixtures.Path("lint/two-leaves.pem")).Stdout).RootElement;
        var documentCert = json.GetProperty("files")[0].GetProperty("certificates")[1];
        Assert.Equal(JsonSerializer.Serialize(documentCert.GetProperty("stacks")), JsonSerializer.Serialize(lines[1].GetProperty("stacks")));
        Assert.Equal(json.GetProperty("summary").GetProperty("rejected").GetInt32() > 0 ? 1 : 0, result.ExitCode);
    }

    [Fact]
    public void PredictFilesFromAndErrorLines()
    {
        using var cli = new LintCli();
        cli.Copy("lint/leaf.pem", "lint/not-a-certificate.txt");
        File.WriteAllText(cli.PathOf("list.txt"), "not-a-certificate.txt\nleaf.pem\n");
        var result = cli.Run("predict", "--format", "jsonl", "--target", "mbedtls-3.6", "--files-from", "list.txt");
        Assert.Equal(2, result.ExitCode);
        var lines = Lines(result.Stdout);
        Assert.Equal(("error", "not-a-certificate.txt"), (lines[0].GetProperty("type").GetString(), lines[0].GetProperty("file").GetString()));
        Assert.Equal(("certificate", "leaf.pem"), (lines[^1].GetProperty("type").GetString(), lines[^1].GetProperty("file").GetString()));
        Assert.Contains("not-a-certificate.txt", result.Stderr);
    }
}
