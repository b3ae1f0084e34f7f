using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class NameConstraintsIpAddressMask : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.name-constraints.ip-address-mask",
        Title = "nameConstraints iPAddress that is not a CIDR block",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.10 (address and mask \"as specified in RFC 4632 (CIDR)\")",
        Description = "For iPAddress subtrees of the right length (8 or 32 octets), checks that the mask is contiguous ones followed by zeros and that the address has no bits set outside the mask.",
        Rationale = "The constraint is an address range in CIDR form (192.0.2.0/24 is C0 00 02 00 FF FF FF 00). A mask with holes (FF 00 FF 00) is not a prefix, and an address with host bits set (C0 00 02 01 / 24) names no network; verifiers disagree on what such a constraint permits, so the intended restriction is not enforced consistently.",
        Fix = "Write the constraint as network address plus prefix mask, e.g. permitted;IP:192.0.2.0/255.255.255.0.",
        Example = "X509v3 Name Constraints: Permitted: IP:192.0.2.1/255.255.255.0",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (list, subtree) in ExtensionChecks.NameConstraintSubtrees(context.Certificate))
        {
            var name = subtree.Base;
            if (name.Kind != GeneralNameKind.IpAddress || name.Raw.Length is not (8 or 32) || Problem(name.Raw.Span) is not { } problem)
            {
                continue;
            }
            findings.Add(Finding.At(Descriptor, $"{list} iPAddress subtree {name.Text}: {problem}", name.Location));
        }
    }

    private static string? Problem(ReadOnlySpan<byte> raw)
    {
        var address = raw[..(raw.Length / 2)];
        var mask = raw[(raw.Length / 2)..];
        var seenZero = false;
        foreach (var octet in mask)
        {
            for (var bit = 7; bit >= 0; bit--)
            {
                var set = (octet >> bit & 1) == 1;
                if (set && seenZero)
                {
                    return "the mask is not contiguous (ones, then zeros)";
                }
                seenZero |= !set;
            }
        }
        for (var i = 0; i < address.Length; i++)
        {
            if ((address[i] & ~mask[i]) != 0)
            {
                return "the address has bits set outside the mask";
            }
        }
        return null;
    }
}
