using System.Text;
using System.Text.RegularExpressions;

namespace CertLint.Tests.Documentation;

/// <summary>Relative links between the READMEs lead to files that exist and to headings that exist there.</summary>
public partial class ReadmeLinkTests
{
    [Theory]
    [MemberData(nameof(DocumentationExampleTests.Readmes), MemberType = typeof(DocumentationExampleTests))]
    public void RelativeLinksResolve(string readme)
    {
        var root = Fixtures.RepoRoot;
        var text = File.ReadAllText(Path.Combine(root, readme));
        var broken = new List<string>();
        foreach (Match link in LinkRegex().Matches(WithoutCode(text)))
        {
            var target = link.Groups["target"].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }
            var hash = target.IndexOf('#');
            var file = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var path = file.Length == 0
                ? Path.Combine(root, readme)
                : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.Combine(root, readme))!, file));
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                broken.Add($"{readme}: {link.Value}: {file} does not exist");
                continue;
            }
            if (anchor is not null && path.EndsWith(".md", StringComparison.Ordinal) && !Anchors(File.ReadAllText(path)).Contains(anchor))
            {
                broken.Add($"{readme}: {link.Value}: no heading with anchor #{anchor} in {Path.GetRelativePath(root, path)}");
            }
        }
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void AnchorsFollowGitHubsRules()
    {
        var anchors = Anchors("# `certlint predict` and `strerror`\n## Fixtures (`fixtures/`)\n## Notes\n### Notes\n```\n# not a heading\n```\n");
        Assert.Equal(["certlint-predict-and-strerror", "fixtures-fixtures", "notes", "notes-1"], anchors.Order(StringComparer.Ordinal));
    }

    /// <summary>GitHub's heading anchors: lower case, punctuation other than '-' and '_' dropped, spaces to '-', repeats numbered.</summary>
    private static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>();
        var seen = new Dictionary<string, int>();
        foreach (var line in WithoutCode(markdown).Split('\n'))
        {
            var heading = HeadingRegex().Match(line);
            if (!heading.Success)
            {
                continue;
            }
            var slug = new StringBuilder();
            foreach (var c in heading.Groups["text"].Value.Trim().ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c) || c is '-' or '_')
                {
                    slug.Append(c);
                }
                else if (c == ' ')
                {
                    slug.Append('-');
                }
            }
            var anchor = slug.ToString();
            var count = seen.GetValueOrDefault(anchor);
            seen[anchor] = count + 1;
            anchors.Add(count == 0 ? anchor : $"{anchor}-{count}");
        }
        return anchors;
    }

    /// <summary>The text with fenced code blocks blanked out (links and headings inside them are not real).</summary>
    private static string WithoutCode(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var open = FenceRegex().Match(lines[i]);
            if (fence is null && open.Success)
            {
                fence = open.Groups["fence"].Value;
                lines[i] = "";
            }
            else if (fence is not null)
            {
                if (lines[i].Trim() == fence)
                {
                    fence = null;
                }
                lines[i] = "";
            }
        }
        return string.Join("\n", lines);
    }

    [GeneratedRegex(@"\[[^\]]*\]\((?<target>[^)\s]+)\)")]
    private static partial Regex LinkRegex();

    [GeneratedRegex(@"^#{1,6} (?<text>.+)$")]
    private static partial Regex HeadingRegex();

    [GeneratedRegex(@"^\s*(?<fence>```+)")]
    private static partial Regex FenceRegex();
}
