using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class NameConstraintsMinimumMaximum : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.name-constraints.minimum-maximum",
        Title = "nameConstraints subtree with minimum other than 0 or a maximum",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.10",
        Description = "Checks that every GeneralSubtree has minimum 0 (absent) and no maximum.",
        Rationale = "Within this profile the minimum and maximum fields are not used with any name form: minimum MUST be zero and maximum MUST be absent. Verifiers ignore or reject other values, so the constraint does not mean what the issuer intended.",
        Fix = "Remove minimum and maximum from the subtrees.",
        Example = "Permitted: DNS:other.example.test (minimum 1, maximum 3)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (list, subtree) in ExtensionChecks.NameConstraintSubtrees(context.Certificate))
        {
            if (!subtree.Minimum.IsZero || subtree.Maximum is not null)
            {
                var maximum = subtree.Maximum is { } m ? $", maximum {m}" : "";
                findings.Add(Finding.At(Descriptor, $"{list} subtree {subtree.Base} has minimum {subtree.Minimum}{maximum} (minimum must be 0 and maximum absent)", subtree.Base.Location));
            }
        }
    }
}
