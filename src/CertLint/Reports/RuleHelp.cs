using System.Text;
using CertLint.Rules;

namespace CertLint.Reports;

/// <summary>A rule's documentation as text (`rules explain`, SARIF help) and Markdown (SARIF help, RULES.md), from its descriptor.</summary>
public static class RuleHelp
{
    public static string PlainText(RuleDescriptor d)
    {
        var text = new StringBuilder();
        text.Append(d.Id).Append(": ").AppendLine(d.Title);
        text.AppendLine($"Severity: {Severities.Name(d.DefaultSeverity)}. Source: {d.Source} {d.Citation}. Applies to: {Roles(d)}.");
        text.AppendLine().AppendLine("What it does:").AppendLine(Indent(d.Description));
        text.AppendLine().AppendLine("Why it matters:").AppendLine(Indent(d.Rationale));
        text.AppendLine().AppendLine("Example:").AppendLine(Indent(d.Example));
        text.AppendLine().AppendLine("How to fix:").Append(Indent(d.Fix));
        return text.ToString().ReplaceLineEndings("\n");
    }

    public static string Markdown(RuleDescriptor d)
    {
        var text = new StringBuilder();
        text.AppendLine($"**{Escape(d.Title)}** ({Severities.Name(d.DefaultSeverity)}; {d.Source} {d.Citation}; applies to {Roles(d)})");
        text.AppendLine().AppendLine($"*What it does:* {Escape(d.Description)}");
        text.AppendLine().AppendLine($"*Why it matters:* {Escape(d.Rationale)}");
        text.AppendLine().AppendLine("*Example:*").AppendLine().AppendLine("```").AppendLine(d.Example).AppendLine("```");
        text.AppendLine().Append($"*How to fix:* {Escape(d.Fix)}");
        return text.ToString().ReplaceLineEndings("\n");
    }

    public static string Roles(RuleDescriptor d)
    {
        var roles = new List<string>();
        if (d.AppliesTo.HasFlag(CertificateRoles.Root)) { roles.Add("root"); }
        if (d.AppliesTo.HasFlag(CertificateRoles.Intermediate)) { roles.Add("intermediate"); }
        if (d.AppliesTo.HasFlag(CertificateRoles.Leaf)) { roles.Add("leaf"); }
        var text = d.ForCrls ? "CRLs" : roles.Count == 3 ? "all certificates" : string.Join(", ", roles) + " certificates";
        if (d.NeedsIssuer) { text += " with a known issuer"; }
        if (d.EffectiveDate is { } date) { text += $" issued from {date:yyyy-MM-dd}"; }
        return text;
    }

    private static string Indent(string text) => string.Join("\n", text.ReplaceLineEndings("\n").Split('\n').Select(l => "  " + l));

    private static string Escape(string text) => text.Replace("|", "\\|");
}
