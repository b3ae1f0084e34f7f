using System.Text.Json;
using CertLint.Catalogue;
using CertLint.Rules.Engine;

namespace CertLint.Tests.Cli;

/// <summary>`certlint rules list|explain|markdown`.</summary>
public class LintRulesCommandTests
{
    [Fact]
    public void ListJsonHasEveryRuleWithItsMetadata()
    {
        var result = CliRunner.Run("rules", "list", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var rules = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(DocumentedRules.Catalog.Descriptors.Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));
        var serial = rules.Single(r => r.GetProperty("id").GetString() == "rfc5280.serial.positive");
        Assert.Equal("error", serial.GetProperty("severity").GetString());
        Assert.Equal("RFC 5280", serial.GetProperty("source").GetString());
        Assert.Equal("4.1.2.2", serial.GetProperty("citation").GetString());
        Assert.Equal(["root", "intermediate", "leaf"], serial.GetProperty("appliesTo").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("rfc5280", serial.GetProperty("profiles").EnumerateArray().Select(e => e.GetString()));
        Assert.False(string.IsNullOrEmpty(serial.GetProperty("fix").GetString()));
    }

    [Fact]
    public void ListTextHasOneLinePerRuleAndACount()
    {
        var result = CliRunner.Run("rules", "list");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal($"{DocumentedRules.Catalog.Descriptors.Count} rules", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("rfc5280.serial.positive ", StringComparison.Ordinal) && l.Contains("error"));
    }

    [Fact]
    public void ExplainPrintsWhatWhyExampleAndFix()
    {
        var result = CliRunner.Run("rules", "explain", "rfc5280.serial.positive");
        Assert.Equal(0, result.ExitCode);
        foreach (var heading in new[] { "What it does:", "Why it matters:", "Example:", "How to fix:" })
        {
            Assert.Contains(heading, result.Stdout);
        }
        Assert.Contains("RULES.md#rfc5280-serial-positive", result.Stdout);
    }

    [Theory]
    [InlineData("explain", "no.such.rule")]
    [InlineData("frob", null)]
    public void UnknownRuleOrActionIsAUsageError(string action, string? id)
    {
        var result = id is null ? CliRunner.Run("rules", action) : CliRunner.Run("rules", action, id);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("certlint: rules", result.Stderr);
    }

    [Fact]
    public void MarkdownVerbPrintsTheCommittedPage() =>
        Assert.Equal(File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "rules", "RULES.md")), CliRunner.Run("rules", "markdown").Stdout);
}
