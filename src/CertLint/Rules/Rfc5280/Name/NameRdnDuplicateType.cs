using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class NameRdnDuplicateType : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.name.rdn-duplicate-type",
        Title = "RDN with the same attribute type twice",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.4; X.501 9.3 (the attributes of an RDN have distinct types)",
        Description = "Checks that no RDN (SET) of the subject or issuer contains two attributes of the same type (e.g. O=A+O=B).",
        Rationale = "A RelativeDistinguishedName is a set of attribute values with distinct types. Two values of one type in an RDN make the name ambiguous: string forms and name comparison differ between implementations, so name chaining and name constraints on the name behave differently per stack.",
        Fix = "Put each value in its own RDN (C=DE, O=A, O=B), or keep only one.",
        Example = "Subject: C = DE, O = CertLint Fixtures + O = Second Org, CN = leaf.example.test",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (field, name) in new[] { ("subject", context.Certificate.Subject), ("issuer", context.Certificate.Issuer) })
        {
            foreach (var rdn in name.Rdns)
            {
                if (rdn.Attributes.Count < 2)
                {
                    // Nearly every RDN has one attribute: no grouping to pay for.
                    continue;
                }
                foreach (var group in rdn.Attributes.GroupBy(a => a.Oid).Where(g => g.Count() > 1))
                {
                    findings.Add(Finding.At(Descriptor, $"{field} RDN has {group.Count()} {group.First().ShortName} attributes", rdn.Location));
                }
            }
        }
    }
}
