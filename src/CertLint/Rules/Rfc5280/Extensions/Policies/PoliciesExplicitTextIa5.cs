namespace CertLint.Rules.Rfc5280;

public sealed class PoliciesExplicitTextIa5 : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.policies.explicit-text-ia5",
        Title = "User notice explicitText encoded as IA5String",
        DefaultSeverity = Severity.Error,
        Source = "RFC 6818",
        Citation = "RFC 6818 section 3 (RFC 5280 4.2.1.4)",
        Description = "Checks that no user-notice explicitText is an IA5String.",
        Rationale = "RFC 6818 replaced RFC 5280's text on explicitText: conforming CAs MUST NOT encode explicitText as IA5String (it is outside the DisplayText types meant for display). Relying parties that render notices may refuse or mangle it.",
        Fix = "Encode explicitText as UTF8String (OpenSSL: 'explicitText = UTF8:...').",
        Example = "User Notice: Explicit Text: (IA5String) Terms in IA5",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (policy, text) in PolicyTexts.ExplicitTexts(context.Certificate))
        {
            if (text.TagNumber == 22)
            {
                findings.Add(Finding.At(Descriptor, $"explicitText of policy {policy.PolicyOid} is an IA5String ('{text.Text}')", text.Location));
            }
        }
    }
}
