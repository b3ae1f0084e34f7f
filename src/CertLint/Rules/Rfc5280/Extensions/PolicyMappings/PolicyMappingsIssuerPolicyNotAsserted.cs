using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class PolicyMappingsIssuerPolicyNotAsserted : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.policy-mappings.issuer-policy-not-asserted",
        Title = "Mapped issuerDomainPolicy not in certificatePolicies",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.2.1.5",
        Description = "Checks that each issuerDomainPolicy in policyMappings is also asserted in the certificate's certificatePolicies (or anyPolicy is).",
        Rationale = "Each issuerDomainPolicy named in the policy mappings extension SHOULD also be asserted in a certificatePolicies extension in the same certificate; otherwise the mapping has nothing to map during path validation and the subject-domain policy never becomes valid.",
        Fix = "Add the issuer-domain policy OID to certificatePolicies of the CA certificate, or remove the mapping.",
        Example = "X509v3 Policy Mappings: 1.3.6.1.4.1.55555.23:1.3.6.1.4.1.55555.24   (55555.23 not in Certificate Policies)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        var extension = certificate.Extension(Oids.PolicyMappings);
        if (extension?.Readable is not PolicyMappings mappings)
        {
            return;
        }
        var policiesExtension = certificate.Extension(Oids.CertificatePolicies);
        if (policiesExtension is { Decoded: null })
        {
            // Malformed (or only partly decoded) certificatePolicies: the missing policy may be in the part that did not decode.
            return;
        }
        var policies = (policiesExtension?.Decoded as CertificatePolicies)?.Policies ?? [];
        foreach (var mapping in mappings.Mappings)
        {
            if (mapping.IssuerDomainPolicy == Oids.AnyPolicy)
            {
                continue;
            }
            var asserted = false;
            foreach (var policy in policies)
            {
                asserted |= policy.PolicyOid == mapping.IssuerDomainPolicy || policy.PolicyOid == Oids.AnyPolicy;
            }
            if (!asserted)
            {
                findings.Add(Finding.At(Descriptor, $"issuerDomainPolicy {mapping.IssuerDomainPolicy} is mapped but not asserted in certificatePolicies", extension.ValueLocation));
            }
        }
    }
}
