using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class PolicyMappingsNotCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.policy-mappings.not-critical",
        Title = "policyMappings should be critical",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.2.1.5",
        Description = "Checks that policyMappings is marked critical.",
        Rationale = "Conforming CAs SHOULD mark this extension critical: a verifier that ignores the mapping would evaluate the subject-domain policies as if they were the issuer's, accepting certificates for a policy they were never mapped to.",
        Fix = "Re-issue the CA certificate with 'policyMappings = critical, ...'.",
        Example = "X509v3 Policy Mappings: 1.3.6.1.4.1.55555.21:1.3.6.1.4.1.55555.22   (no 'critical')",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.PolicyMappings, wantCritical: true, "SHOULD be critical");
}
