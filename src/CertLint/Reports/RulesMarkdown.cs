using System.Text;
using CertLint.Rules;

namespace CertLint.Reports;

/// <summary>
/// rules/RULES.md: the reference page of every rule, generated from the descriptors (`certlint rules markdown`); a
/// test fails when the committed page differs. Each rule has an anchor matching <see cref="RuleDescriptor.HelpUri"/>.
/// </summary>
public static class RulesMarkdown
{
    public static string Generate(IReadOnlyList<RuleDescriptor> rules, Func<RuleDescriptor, IReadOnlyList<string>> profilesOf)
    {
        var text = new StringBuilder();
        text.AppendLine("# CertLint rules");
        text.AppendLine();
        text.AppendLine("<!-- Generated from the rule descriptors by `certlint rules markdown > rules/RULES.md`; do not edit by hand. -->");
        text.AppendLine();
        text.AppendLine($"{rules.Count} rules. Severity is the default; profiles (rules/profiles/) can change it. " +
            "`certlint rules explain ID` prints the same text.");
        text.AppendLine();
        text.AppendLine("| ID | Severity | Source | Applies to | Profiles | Title |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var rule in rules)
        {
            var profiles = profilesOf(rule);
            text.AppendLine($"| [`{rule.Id}`](#{Anchor(rule)}) | {Severities.Name(rule.DefaultSeverity)} | {rule.Source} {rule.Citation} | {RuleHelp.Roles(rule)} | {(profiles.Count == 0 ? "-" : string.Join(", ", profiles))} | {rule.Title.Replace("|", "\\|")} |");
        }
        foreach (var rule in rules)
        {
            text.AppendLine();
            text.AppendLine($"<a id=\"{Anchor(rule)}\"></a>");
            text.AppendLine($"## {rule.Id}");
            text.AppendLine();
            text.AppendLine(RuleHelp.Markdown(rule));
        }
        return text.ToString().ReplaceLineEndings("\n");
    }

    public static string Anchor(RuleDescriptor rule) => rule.Id.Replace('.', '-');
}
