using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class PolicyConstraintsEmpty : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.policy-constraints.empty",
        Title = "policyConstraints is an empty sequence",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.11",
        Description = "Checks that policyConstraints has requireExplicitPolicy or inhibitPolicyMapping.",
        Rationale = "Conforming CAs MUST NOT issue certificates where policy constraints is an empty sequence: a critical extension that constrains nothing only causes rejections by verifiers that do not implement it.",
        Fix = "Set requireExplicitPolicy and/or inhibitPolicyMapping, or drop the extension.",
        Example = "X509v3 Policy Constraints: critical (empty SEQUENCE)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var extension = context.Certificate.Extension(Oids.PolicyConstraints);
        if (extension?.Decoded is PolicyConstraints { RequireExplicitPolicy: null, InhibitPolicyMapping: null })
        {
            findings.Add(Finding.At(Descriptor, "policyConstraints has neither requireExplicitPolicy nor inhibitPolicyMapping", extension.ValueLocation));
        }
    }
}
