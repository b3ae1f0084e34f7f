using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class PoliciesNoticeRef : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.policies.notice-ref",
        Title = "User notice uses noticeRef",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.2.1.4",
        Description = "Checks that no user notice carries a noticeRef (organization + notice numbers).",
        Rationale = "Conforming CAs SHOULD NOT use the noticeRef option: it refers to text the relying party must already hold, which almost none do, so the notice is never shown; RFC 5280 recommends explicitText instead.",
        Fix = "Replace noticeRef with an explicitText (UTF8String) in the user notice.",
        Example = "User Notice: Organization: Example CA, Number: 1",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (context.Certificate.ReadableValue<CertificatePolicies>(Oids.CertificatePolicies) is not { } value)
        {
            return;
        }
        foreach (var policy in value.Policies)
        {
            foreach (var qualifier in policy.Qualifiers)
            {
                if (qualifier.Notice?.Organization is { } organization)
                {
                    var numbers = string.Join(", ", qualifier.Notice.NoticeNumbers);
                    findings.Add(Finding.At(Descriptor, $"user notice of policy {policy.PolicyOid} uses noticeRef (organization '{organization.Text}', numbers {numbers})", qualifier.Location));
                }
            }
        }
    }
}
