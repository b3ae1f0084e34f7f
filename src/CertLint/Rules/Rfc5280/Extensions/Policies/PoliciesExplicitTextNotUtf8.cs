namespace CertLint.Rules.Rfc5280;

public sealed class PoliciesExplicitTextNotUtf8 : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.policies.explicit-text-not-utf8",
        Title = "User notice explicitText not UTF8String",
        DefaultSeverity = Severity.Notice,
        Source = "RFC 6818",
        Citation = "RFC 6818 section 3 (RFC 5280 4.2.1.4)",
        Description = "Notes an explicitText encoded as VisibleString or BMPString (IA5String has its own rule).",
        Rationale = "Conforming CAs SHOULD use UTF8String for explicitText; VisibleString and BMPString are acceptable but less preferred alternatives. They display correctly in most clients, so this is advisory.",
        Fix = "Encode explicitText as UTF8String when the certificate is next re-issued.",
        Example = "User Notice: Explicit Text: (BMPString) Terms in BMP",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (policy, text) in PolicyTexts.ExplicitTexts(context.Certificate))
        {
            if (text.TagNumber is 26 or 30)
            {
                findings.Add(Finding.At(Descriptor, $"explicitText of policy {policy.PolicyOid} is a {text.TypeName} (UTF8String preferred)", text.Location));
            }
        }
    }
}
