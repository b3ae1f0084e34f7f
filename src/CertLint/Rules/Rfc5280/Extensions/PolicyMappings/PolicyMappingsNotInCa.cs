using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class PolicyMappingsNotInCa : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.policy-mappings.not-in-ca",
        Title = "policyMappings in a non-CA certificate",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.2.1.5",
        Description = "Checks that policyMappings appears only in CA certificates.",
        Rationale = "The policy mappings extension is used in CA certificates, to map the issuer's policies onto the subject CA's; an end entity issues nothing, so the mapping is meaningless, and (as it should be critical) verifiers without policy support reject the certificate.",
        Fix = "Remove policyMappings from end-entity profiles.",
        Example = "X509v3 Policy Mappings: critical ...   (in a leaf)",
        AppliesTo = CertificateRoles.Leaf,
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.PresentOutsideCa(findings, Descriptor, context.Certificate, Oids.PolicyMappings);
}
