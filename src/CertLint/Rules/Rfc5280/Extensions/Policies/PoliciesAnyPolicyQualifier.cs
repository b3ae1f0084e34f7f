using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class PoliciesAnyPolicyQualifier : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.policies.any-policy-qualifier",
        Title = "anyPolicy with a qualifier other than CPS or user notice",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.4",
        Description = "Checks that the qualifiers of the anyPolicy (2.5.29.32.0) policy are only id-qt-cps and id-qt-unotice.",
        Rationale = "When qualifiers are used with the special policy anyPolicy, they MUST be limited to the qualifiers identified in RFC 5280 (CPS pointer and user notice). A private qualifier attached to anyPolicy is meaningless to every relying party and is rejected by strict validators.",
        Fix = "Move private qualifiers to a specific policy OID of your own, or drop them.",
        Example = "Policy: X509v3 Any Policy, 1.3.6.1.4.1.55555.2: ...",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (context.Certificate.ReadableValue<CertificatePolicies>(Oids.CertificatePolicies) is not { } value)
        {
            return;
        }
        foreach (var policy in value.Policies)
        {
            if (policy.PolicyOid != Oids.AnyPolicy)
            {
                continue;
            }
            foreach (var qualifier in policy.Qualifiers)
            {
                if (qualifier.Oid is not (Oids.QualifierCps or Oids.QualifierUserNotice))
                {
                    findings.Add(Finding.At(Descriptor, $"anyPolicy carries qualifier {qualifier.Oid} (only id-qt-cps and id-qt-unotice are allowed)", qualifier.Location));
                }
            }
        }
    }
}
