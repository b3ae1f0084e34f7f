namespace CertLint.Rules.Rfc5280;

public sealed class BasicConstraintsPathLenNegative : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.basic-constraints.path-len-negative",
        Title = "pathLenConstraint must not be negative",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.9 (pathLenConstraint INTEGER (0..MAX))",
        Description = "Checks that pathLenConstraint is zero or greater.",
        Rationale = "The type is INTEGER (0..MAX). A negative value is outside it: strict parsers reject the certificate, others read it as a huge or absent limit, so path-length enforcement differs by stack.",
        Fix = "Re-issue the CA certificate with pathlen 0 (no intermediate below it) or the intended non-negative depth, or omit it for no limit.",
        Example = "X509v3 Basic Constraints: critical CA:TRUE, pathlen:-1",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (context.Certificate.BasicConstraints is { PathLength: { Sign: < 0 } pathLength, PathLengthLocation: var location })
        {
            findings.Add(Finding.At(Descriptor, $"pathLenConstraint is {pathLength} (must be 0 or more)", location));
        }
    }
}
