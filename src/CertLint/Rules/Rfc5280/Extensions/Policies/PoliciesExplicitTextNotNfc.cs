using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class PoliciesExplicitTextNotNfc : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.policies.explicit-text-not-nfc",
        Title = "User notice explicitText not in Unicode normalization form C",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 6818",
        Citation = "RFC 6818 section 3 (RFC 5280 4.2.1.4)",
        Description = "Checks that a UTF8String or BMPString explicitText is in Unicode normalization form C (NFC).",
        Rationale = "When UTF8String is used, all character sequences SHOULD be normalized according to NFC. A decomposed text (e.g. 'e' followed by U+0301 instead of U+00E9) displays the same but compares and hashes differently, and some renderers show the combining mark on its own.",
        Fix = "Normalize the text to NFC in the CA's policy configuration (most editors and iconv-style tools can) and re-issue.",
        Example = "User Notice: Explicit Text: Caf\\u0065\\u0301 (decomposed)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (policy, text) in PolicyTexts.ExplicitTexts(context.Certificate))
        {
            if (text.TagNumber is 12 or 30 && text.IsValidForType && !UnicodeNfc.IsNormalized(text.Text))
            {
                findings.Add(Finding.At(Descriptor, $"explicitText of policy {policy.PolicyOid} is not in normalization form C", text.Location));
            }
        }
    }
}
