using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class PolicyConstraintsNotCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.policy-constraints.not-critical",
        Title = "policyConstraints must be critical",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.11",
        Description = "Checks that policyConstraints is marked critical.",
        Rationale = "Conforming CAs MUST mark this extension critical; otherwise verifiers without policy processing ignore the requireExplicitPolicy/inhibitPolicyMapping the CA relies on.",
        Fix = "Re-issue the CA certificate with 'policyConstraints = critical, requireExplicitPolicy:0'.",
        Example = "X509v3 Policy Constraints: Require Explicit Policy:0   (no 'critical')",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.PolicyConstraints, wantCritical: true, "MUST be critical");
}
