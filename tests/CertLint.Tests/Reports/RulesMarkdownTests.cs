using CertLint.Catalogue;
using CertLint.Reports;
using CertLint.Rules.Engine;
using CertLint.Rules.Engine.Profiles;

namespace CertLint.Tests.Reports;

public class RulesMarkdownTests
{
    private const string Regenerate = "rules/RULES.md is stale: regenerate it with `CERTLINT_UPDATE_RULES_MD=1 dotnet test CertLint.sln --filter RulesMarkdown` " +
        "(or `dotnet run --project src/CertLint.Cli -- rules markdown > rules/RULES.md`) and commit it.";

    [Fact]
    public void CommittedRulesMdMatchesTheDescriptors()
    {
        var path = Path.Combine(Fixtures.RepoRoot, "rules", "RULES.md");
        var expected = RulesMarkdown.Generate(DocumentedRules.Catalog.Descriptors, ProfileMembership.Of(DocumentedRules.Catalog));
        if (Environment.GetEnvironmentVariable("CERTLINT_UPDATE_RULES_MD") == "1")
        {
            File.WriteAllText(path, expected);
        }
        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(committed == expected, Regenerate);
    }

    [Fact]
    public void EveryRuleHasAnAnchorMatchingItsHelpUri()
    {
        var markdown = RulesMarkdown.Generate(DocumentedRules.Catalog.Descriptors, _ => []);
        Assert.All(DocumentedRules.Catalog.Descriptors, d =>
            Assert.Contains($"<a id=\"{d.HelpUri[(d.HelpUri.IndexOf('#') + 1)..]}\"></a>\n## {d.Id}\n", markdown));
    }
}
