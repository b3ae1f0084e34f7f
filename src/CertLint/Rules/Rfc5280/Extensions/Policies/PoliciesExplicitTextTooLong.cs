namespace CertLint.Rules.Rfc5280;

public sealed class PoliciesExplicitTextTooLong : IRule
{
    public const int MaxCharacters = 200;

    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.policies.explicit-text-too-long",
        Title = "User notice explicitText longer than 200 characters",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.4 (DisplayText SIZE (1..200))",
        Description = "Checks that each user-notice explicitText has at most 200 characters.",
        Rationale = "explicitText is a DisplayText with a maximum size of 200 characters. Longer texts violate the ASN.1 constraint; strict decoders reject the extension and user agents that display notices truncate them.",
        Fix = "Shorten the notice and point to the full text with a CPS URI qualifier.",
        Example = "User Notice: Explicit Text: (201 characters)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (policy, text) in PolicyTexts.ExplicitTexts(context.Certificate))
        {
            var length = text.Text.Length;
            if (length > MaxCharacters)
            {
                findings.Add(Finding.At(Descriptor, $"explicitText of policy {policy.PolicyOid} is {length} characters (max {MaxCharacters})", text.Location));
            }
        }
    }
}
