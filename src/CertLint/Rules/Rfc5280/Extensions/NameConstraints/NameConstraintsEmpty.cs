using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class NameConstraintsEmpty : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.name-constraints.empty",
        Title = "nameConstraints without subtrees",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.10 (GeneralSubtrees ::= SEQUENCE SIZE (1..MAX))",
        Description = "Checks that nameConstraints has permittedSubtrees or excludedSubtrees, and that neither list is empty.",
        Rationale = "Conforming CAs MUST NOT issue certificates where name constraints is an empty sequence: either permittedSubtrees or excludedSubtrees MUST be present, and each list holds at least one subtree. An empty constraint constrains nothing while still being critical, and strict parsers reject it.",
        Fix = "Add the intended permitted or excluded subtrees, or drop the extension.",
        Example = "X509v3 Name Constraints: critical (empty SEQUENCE)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var extension = context.Certificate.Extension(Oids.NameConstraints);
        if (extension?.Decoded is not NameConstraints constraints)
        {
            return;
        }
        if (constraints.Permitted is null && constraints.Excluded is null)
        {
            findings.Add(Finding.At(Descriptor, "nameConstraints has neither permittedSubtrees nor excludedSubtrees", extension.ValueLocation));
        }
        if (constraints.Permitted is { Count: 0 })
        {
            findings.Add(Finding.At(Descriptor, "nameConstraints permittedSubtrees is present but empty", extension.ValueLocation));
        }
        if (constraints.Excluded is { Count: 0 })
        {
            findings.Add(Finding.At(Descriptor, "nameConstraints excludedSubtrees is present but empty", extension.ValueLocation));
        }
    }
}
