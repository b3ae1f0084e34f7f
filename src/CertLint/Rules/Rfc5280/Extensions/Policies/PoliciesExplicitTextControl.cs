namespace CertLint.Rules.Rfc5280;

public sealed class PoliciesExplicitTextControl : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.policies.explicit-text-control",
        Title = "User notice explicitText contains control characters",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 6818",
        Citation = "RFC 6818 section 3 (RFC 5280 4.2.1.4)",
        Description = "Checks that explicitText contains no control characters (C0 U+0000..U+001F, DEL and C1 U+007F..U+009F).",
        Rationale = "The explicitText string SHOULD NOT include any control characters. Notices are shown to users; control characters garble the display or can be used to spoof what the user sees.",
        Fix = "Remove line breaks, tabs and other control characters from the notice text.",
        Example = "User Notice: Explicit Text: Terms<BEL>with a bell",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (policy, text) in PolicyTexts.ExplicitTexts(context.Certificate))
        {
            foreach (var c in text.Text)
            {
                if (char.IsControl(c))
                {
                    findings.Add(Finding.At(Descriptor, $"explicitText of policy {policy.PolicyOid} contains control character U+{(int)c:X4}", text.Location));
                    break;
                }
            }
        }
    }
}
