using System.Text;
using CertLint.Catalogue;
using CertLint.Rules.Engine;
using YamlDotNet.RepresentationModel;

namespace CertLint.Tests.Rules;

/// <summary>
/// rules/coverage/zlint-rfc.yaml maps every RFC-family lint of zlint to the CertLint rules with the same meaning, or
/// says why there is none. The coverage table in the rules README is rendered from it; these tests fail when the
/// table drifts from the data, a rule ID in the data does not exist, or an entry is incomplete.
/// Regenerate the table: CERTLINT_UPDATE_COVERAGE=1 dotnet test tests/CertLint.Tests --filter ZlintCoverage
/// </summary>
public class ZlintCoverageTests
{
    private const string Begin = "<!-- zlint-rfc-coverage:begin -->";
    private const string End = "<!-- zlint-rfc-coverage:end -->";

    private static readonly string[] TableFiles = ["src/CertLint/Rules/README.md"];

    internal sealed record Entry(string Lint, IReadOnlyList<string> Rules, string? Reason, string? Note);

    private static (string Commit, List<Entry> Entries) Load()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Fixtures.RepoRoot, "rules", "coverage", "zlint-rfc.yaml")))
        {
            stream.Load(reader);
        }
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var commit = ((YamlScalarNode)root.Children[new YamlScalarNode("zlint_commit")]).Value!;
        var entries = new List<Entry>();
        foreach (var item in ((YamlSequenceNode)root.Children[new YamlScalarNode("lints")]).Children.Cast<YamlMappingNode>())
        {
            string? Scalar(string key) => item.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;
            var rules = item.Children.TryGetValue(new YamlScalarNode("rules"), out var list)
                ? ((YamlSequenceNode)list).Children.Select(n => ((YamlScalarNode)n).Value!).ToList()
                : [];
            var unknownKeys = item.Children.Keys.Select(k => ((YamlScalarNode)k).Value).Except(["lint", "rules", "reason", "note"]).ToList();
            Assert.True(unknownKeys.Count == 0, $"unknown keys {string.Join(", ", unknownKeys)} in zlint-rfc.yaml");
            entries.Add(new Entry(Scalar("lint")!, rules, Scalar("reason"), Scalar("note")));
        }
        return (commit, entries);
    }

    internal static string Render(string commit, IReadOnlyList<Entry> entries)
    {
        var covered = entries.Count(e => e.Rules.Count > 0);
        var text = new StringBuilder();
        text.Append(Begin).Append('\n');
        text.Append("<!-- Generated from rules/coverage/zlint-rfc.yaml by tests/CertLint.Tests/Rules/ZlintCoverageTests.cs; do not edit by hand. -->\n\n");
        text.Append($"{entries.Count} RFC-family lints of zlint (`v3/lints/rfc` at zmap/zlint commit `{commit[..12]}`): ");
        text.Append($"{covered} have a CertLint rule with the same meaning, {entries.Count - covered} have none, for the reason given.\n\n");
        text.Append("| zlint lint | CertLint rule(s) | note |\n|---|---|---|\n");
        foreach (var entry in entries.OrderBy(e => e.Lint, StringComparer.Ordinal))
        {
            var rules = entry.Rules.Count == 0 ? "none" : string.Join(", ", entry.Rules.Select(r => $"`{r}`"));
            var note = (entry.Reason ?? entry.Note ?? "").Replace("|", "\\|");
            text.Append($"| `{entry.Lint}` | {rules} | {note} |\n");
        }
        text.Append(End).Append('\n');
        return text.ToString();
    }

    [Fact]
    public void EveryEntryNamesExistingRulesOrGivesAReason()
    {
        var (_, entries) = Load();
        Assert.NotEmpty(entries);
        var known = DocumentedRules.Catalog.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Lint))
            {
                problems.Add("an entry without a lint name");
            }
            if ((entry.Rules.Count == 0) == string.IsNullOrWhiteSpace(entry.Reason))
            {
                problems.Add($"{entry.Lint}: needs either rules or a reason (not both, not neither)");
            }
            problems.AddRange(entry.Rules.Where(r => !known.Contains(r)).Select(r => $"{entry.Lint}: rule {r} does not exist"));
        }
        problems.AddRange(entries.GroupBy(e => e.Lint).Where(g => g.Count() > 1).Select(g => $"{g.Key} is listed twice"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void CoverageTableMatchesTheData()
    {
        var (commit, entries) = Load();
        var expected = Render(commit, entries);
        var path = TableFiles.Select(f => Path.Combine(Fixtures.RepoRoot, f)).FirstOrDefault(f => File.Exists(f) && File.ReadAllText(f).Contains(Begin));
        Assert.True(path is not null, $"no coverage table (marker {Begin}) in {string.Join(" or ", TableFiles)}");
        var text = File.ReadAllText(path!).ReplaceLineEndings("\n");
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, start, StringComparison.Ordinal);
        Assert.True(end > start, $"{path}: {Begin} without {End}");
        var committed = text[start..(end + End.Length + 1)];
        if (Environment.GetEnvironmentVariable("CERTLINT_UPDATE_COVERAGE") == "1" && committed != expected)
        {
            File.WriteAllText(path!, text[..start] + expected + text[(end + End.Length + 1)..]);
            committed = expected;
        }
        Assert.True(committed == expected,
            $"{path}: the zlint coverage table is stale; regenerate it with CERTLINT_UPDATE_COVERAGE=1 dotnet test tests/CertLint.Tests --filter ZlintCoverage");
    }

    [Fact]
    public void RenderingShowsRulesAndReasons()
    {
        var table = Render("0123456789abcdef", [new Entry("e_a", ["rfc5280.x"], null, "n|x"), new Entry("w_b", [], "why", null)]);
        Assert.Contains("| `e_a` | `rfc5280.x` | n\\|x |\n", table);
        Assert.Contains("| `w_b` | none | why |\n", table);
        Assert.Contains("2 RFC-family lints of zlint (`v3/lints/rfc` at zmap/zlint commit `0123456789ab`): 1 have", table);
    }
}
