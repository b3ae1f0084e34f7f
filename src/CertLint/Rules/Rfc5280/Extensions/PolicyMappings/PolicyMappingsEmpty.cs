using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class PolicyMappingsEmpty : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.policy-mappings.empty",
        Title = "policyMappings without any mapping",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.5 (PolicyMappings ::= SEQUENCE SIZE (1..MAX))",
        Description = "Checks that policyMappings contains at least one issuerDomainPolicy/subjectDomainPolicy pair.",
        Rationale = "The syntax is SEQUENCE SIZE (1..MAX); an empty list is invalid. Path validators that decode it strictly reject the CA certificate, so every certificate below it fails.",
        Fix = "List the policy mappings, or omit the extension.",
        Example = "X509v3 Policy Mappings: (empty SEQUENCE)",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.EmptySequence(findings, Descriptor, context.Certificate, Oids.PolicyMappings, "mapping");
}
