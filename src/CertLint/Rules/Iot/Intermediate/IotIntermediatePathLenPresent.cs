namespace CertLint.Rules.Iot;

public sealed class IotIntermediatePathLenPresent : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.intermediate.path-len-present",
        Title = "Subordinate CA with pathLenConstraint",
        DefaultSeverity = Severity.Warning,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("Subordinate CA Certificate / Basic Constraints"),
        Description = "Checks that a subordinate CA's basicConstraints has no pathLenConstraint.",
        Rationale = "In subordinate CA certificates the pathLenConstraint SHOULD be omitted; the profile does not use path-length limits to shape IoT hierarchies.",
        Fix = "Issue the subordinate CA with 'basicConstraints = critical, CA:TRUE' and no pathlen, unless a path limit is a deliberate policy.",
        Example = "X509v3 Basic Constraints: critical CA:TRUE, pathlen:0",
        AppliesTo = CertificateRoles.Intermediate,
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        IotChecks.PathLength(findings, Descriptor, context.Certificate, "subordinate CA certificate", "SHOULD be omitted");
}
