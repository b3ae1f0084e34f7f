using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class NameConstraintsIpAddressLength : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.name-constraints.ip-address-length",
        Title = "nameConstraints iPAddress not address plus mask",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.10",
        Description = "Checks that every iPAddress subtree in nameConstraints is 8 octets (IPv4 address + mask) or 32 octets (IPv6 address + mask).",
        Rationale = "For IPv4 the iPAddress field of a name constraint MUST contain eight octets (address and subnet mask in CIDR form), for IPv6 thirty-two. A 4- or 16-octet value (a bare address, as in a SAN) is invalid: verifiers reject the CA or ignore the constraint, so IP restrictions are not enforced.",
        Fix = "Write the constraint as address/mask, e.g. 'permitted;IP:192.0.2.0/255.255.255.0'.",
        Example = "X509v3 Name Constraints: Permitted: IP:192.0.2.1   (4 octets)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (_, subtree) in ExtensionChecks.NameConstraintSubtrees(context.Certificate))
        {
            var name = subtree.Base;
            if (name.Kind == GeneralNameKind.IpAddress && name.Raw.Length is not (8 or 32))
            {
                findings.Add(Finding.At(Descriptor, $"iPAddress constraint is {name.Raw.Length} octets (8 for IPv4 or 32 for IPv6 address+mask): {Convert.ToHexString(name.Raw.Span)}", name.Location));
            }
        }
    }
}
