using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class NameConstraintsUnsupportedForm : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.name-constraints.unsupported-form",
        Title = "nameConstraints on x400Address, ediPartyName or registeredID",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.2.1.10",
        Description = "Flags permitted or excluded subtrees whose base is an x400Address, an ediPartyName or a registeredID.",
        Rationale = "Conforming CAs SHOULD NOT impose name constraints on these name forms: RFC 5280 defines no matching rules for ediPartyName and registeredID, and few implementations process x400Address constraints. Verifiers that meet a constraint they cannot process in a critical extension must reject the path, so the CA's whole subtree may become unusable.",
        Fix = "Remove the subtree from nameConstraints; constrain the dNSName, iPAddress, rfc822Name, uniformResourceIdentifier or directoryName forms instead.",
        Example = "X509v3 Name Constraints: critical Permitted: Registered ID:1.3.6.1.4.1.55555.7",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (list, subtree) in ExtensionChecks.NameConstraintSubtrees(context.Certificate))
        {
            if (subtree.Base.Kind is GeneralNameKind.X400Address or GeneralNameKind.EdiPartyName or GeneralNameKind.RegisteredId)
            {
                findings.Add(Finding.At(Descriptor, $"{list} subtree constrains the {subtree.Base.KindName} name form", subtree.Base.Location));
            }
        }
    }
}
