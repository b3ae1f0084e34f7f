using System.Text.Json;
using CertLint.Catalogue;
using CertLint.Cli.Arguments;
using CertLint.IO;
using CertLint.Reports;
using CertLint.Reports.Json;
using CertLint.Rules;
using CertLint.Rules.Engine;
using CertLint.Rules.Engine.Profiles;

namespace CertLint.Cli.Commands;

public sealed class RulesCommand : ICommand
{
    /// <summary>The verb's options and arguments, in help order.</summary>
    public static VerbSpec Spec => new VerbSpec<RulesCommand>("rules",
        "About the rules: 'rules list [--format text|json]', 'rules explain ID', 'rules markdown' (writes RULES.md text).", "certlint rules list | explain RULE-ID | markdown",
        "certlint rules explain chain.out-of-order")
        .Text("format", "For 'list': text or json.", (c, v) => c.Format = v, shownDefault: "text")
        .Value("ACTION", "list, explain or markdown.", (c, v) => c.Action = v, required: true)
        .Value("ID", "Rule ID for 'explain'.", (c, v) => c.Id = v);

    public string Action { get; set; } = "";

    public string? Id { get; set; }

    public string Format { get; set; } = "text";

    public int Execute(CliContext context)
    {
        var catalog = DocumentedRules.Catalog;
        switch (Action)
        {
            case "list" when Format is "text" or "json":
                var profilesOf = ProfileMembership.Of(catalog);
                context.Stdout.Write(Format == "json" ? ListJson(catalog, profilesOf) : TerminalText.EscapeLines(ListText(catalog, profilesOf)));
                return ExitCodes.Ok;
            case "list":
                context.Error($"rules: unknown --format '{Format}' (expected text or json)");
                return ExitCodes.UsageOrInput;
            case "explain" when Id is null:
                context.Error("rules explain: needs a rule ID (see 'certlint rules list')");
                return ExitCodes.UsageOrInput;
            case "explain":
                if (catalog.Find(Id) is not { } rule)
                {
                    context.Error($"rules explain: no rule '{Id}' (see 'certlint rules list')");
                    return ExitCodes.UsageOrInput;
                }
                context.Stdout.WriteLine(TerminalText.EscapeLines(RuleHelp.PlainText(rule)));
                context.Stdout.WriteLine($"\nMore: {rule.HelpUri}");
                return ExitCodes.Ok;
            case "markdown":
                context.Stdout.Write(RulesMarkdown.Generate(catalog.Descriptors, ProfileMembership.Of(catalog)));
                return ExitCodes.Ok;
            default:
                context.Error($"rules: unknown action '{Action}' (expected list, explain or markdown)");
                return ExitCodes.UsageOrInput;
        }
    }

    private static string ListText(RuleCatalog catalog, Func<RuleDescriptor, IReadOnlyList<string>> profilesOf)
    {
        var width = catalog.Descriptors.Max(d => d.Id.Length);
        var lines = catalog.Descriptors.Select(d =>
            $"{d.Id.PadRight(width)}  {Severities.Name(d.DefaultSeverity),-7}  {d.Title}  [{d.Source} {d.Citation}; {string.Join(",", profilesOf(d)) switch { "" => "no profile", var p => p }}]");
        return string.Join("\n", lines) + $"\n{catalog.Descriptors.Count} rules\n";
    }

    private static string ListJson(RuleCatalog catalog, Func<RuleDescriptor, IReadOnlyList<string>> profilesOf)
    {
        var rules = catalog.Descriptors.Select(d => new RuleJson(
            d.Id, d.Title, Severities.Name(d.DefaultSeverity), d.Source, d.Citation, RoleNames(d.AppliesTo), d.NeedsIssuer,
            d.EffectiveDate?.ToString("yyyy-MM-dd"), profilesOf(d), d.Description, d.Rationale, d.Fix, d.Example, d.HelpUri)).ToList();
        return JsonSerializer.Serialize(new RulesJson(1, rules), RulesJsonContext.Default.RulesJson) + "\n";
    }

    private static List<string> RoleNames(CertificateRoles roles) =>
        [.. new[] { CertificateRoles.Root, CertificateRoles.Intermediate, CertificateRoles.Leaf }.Where(r => roles.HasFlag(r)).Select(LintEngine.RoleName)];
}
