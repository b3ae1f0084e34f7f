using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class BasicConstraintsPathLenWithoutCa : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.basic-constraints.path-len-without-ca",
        Title = "pathLenConstraint only with cA TRUE and keyCertSign",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.9",
        Description = "Checks that pathLenConstraint appears only when cA is TRUE and keyUsage, if present, asserts keyCertSign.",
        Rationale = "CAs MUST NOT include pathLenConstraint unless cA is asserted and keyUsage asserts keyCertSign: elsewhere it is meaningless, and it usually means the issuing template mixed up CA and end-entity settings (the certificate may also be missing the cA flag it was meant to have).",
        Fix = "Remove pathLenConstraint from end-entity certificates; for a CA, set cA TRUE and keyCertSign.",
        Example = "X509v3 Basic Constraints: critical CA:FALSE, pathlen:0",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        if (certificate.BasicConstraints is not { PathLength: { } pathLength, PathLengthLocation: var location } constraints)
        {
            return;
        }
        if (!constraints.IsCa)
        {
            findings.Add(Finding.At(Descriptor, $"pathLenConstraint {pathLength} is present but cA is FALSE", location));
        }
        else if (certificate.KeyUsage is { } keyUsage && !keyUsage.Has(KeyUsageFlags.KeyCertSign))
        {
            findings.Add(Finding.At(Descriptor, $"pathLenConstraint {pathLength} is present but keyUsage ({KeyUsage.Describe(keyUsage.Flags)}) lacks keyCertSign", location));
        }
    }
}
