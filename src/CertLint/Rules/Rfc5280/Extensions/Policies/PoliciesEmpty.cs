using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class PoliciesEmpty : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.policies.empty",
        Title = "certificatePolicies without any policy",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.4 (certificatePolicies ::= SEQUENCE SIZE (1..MAX) OF PolicyInformation)",
        Description = "Checks that certificatePolicies contains at least one PolicyInformation.",
        Rationale = "The syntax is SEQUENCE SIZE (1..MAX); an empty list is invalid. Strict decoders reject it, and in path validation (RFC 5280 6.1.3 (e)) an empty policy set prunes the valid_policy_tree, so a relying party that requires an explicit policy rejects the path.",
        Fix = "Assert the policy OIDs the certificate is issued under (e.g. 2.23.140.1.2.1), or omit the extension.",
        Example = "X509v3 Certificate Policies: (empty SEQUENCE)",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.EmptySequence(findings, Descriptor, context.Certificate, Oids.CertificatePolicies, "PolicyInformation");
}
