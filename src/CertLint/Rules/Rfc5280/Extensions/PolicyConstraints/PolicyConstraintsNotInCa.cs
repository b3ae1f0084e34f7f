using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class PolicyConstraintsNotInCa : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.policy-constraints.not-in-ca",
        Title = "policyConstraints in a non-CA certificate",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.2.1.11",
        Description = "Checks that policyConstraints appears only in CA certificates.",
        Rationale = "The policy constraints extension is for certificates issued to CAs: it constrains the path below. In an end-entity certificate it has no effect, and as it must be critical, verifiers without policy support (Mbed TLS) reject the certificate.",
        Fix = "Remove policyConstraints from end-entity profiles.",
        Example = "X509v3 Policy Constraints: critical Require Explicit Policy:0   (in a leaf)",
        AppliesTo = CertificateRoles.Leaf,
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.PresentOutsideCa(findings, Descriptor, context.Certificate, Oids.PolicyConstraints);
}
