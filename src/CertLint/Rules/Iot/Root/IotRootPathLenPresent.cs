namespace CertLint.Rules.Iot;

public sealed class IotRootPathLenPresent : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.root.path-len-present",
        Title = "Root CA with pathLenConstraint",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("Root CA Certificate / Basic Constraints"),
        Description = "Checks that a root CA's basicConstraints has no pathLenConstraint.",
        Rationale = "In root CA certificates the pathLenConstraint MUST be omitted. (The profile follows common root practice; shallow hierarchies are still preferred for constrained devices.)",
        Fix = "Re-issue the root with 'basicConstraints = critical, CA:TRUE' and no pathlen.",
        Example = "X509v3 Basic Constraints: critical CA:TRUE, pathlen:0   (in a root)",
        AppliesTo = CertificateRoles.Root,
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        IotChecks.PathLength(findings, Descriptor, context.Certificate, "root CA certificate", "MUST be omitted");
}
