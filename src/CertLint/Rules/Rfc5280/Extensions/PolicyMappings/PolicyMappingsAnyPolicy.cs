using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class PolicyMappingsAnyPolicy : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.policy-mappings.any-policy",
        Title = "policyMappings maps to or from anyPolicy",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.5",
        Description = "Checks that no policy mapping has anyPolicy (2.5.29.32.0) as issuerDomainPolicy or subjectDomainPolicy.",
        Rationale = "Policies MUST NOT be mapped either to or from the special value anyPolicy. Path validation (6.1.4 (a)) treats such a certificate as invalid, so every chain through this CA fails in conforming verifiers.",
        Fix = "Map concrete policy OIDs only.",
        Example = "X509v3 Policy Mappings: 1.3.6.1.4.1.55555.21:X509v3 Any Policy",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var extension = context.Certificate.Extension(Oids.PolicyMappings);
        if (extension?.Readable is not PolicyMappings mappings)
        {
            return;
        }
        for (var i = 0; i < mappings.Mappings.Count; i++)
        {
            var mapping = mappings.Mappings[i];
            if (mapping.IssuerDomainPolicy == Oids.AnyPolicy || mapping.SubjectDomainPolicy == Oids.AnyPolicy)
            {
                findings.Add(Finding.At(Descriptor, $"policy mapping {i} maps {Oids.Name(mapping.IssuerDomainPolicy)} to {Oids.Name(mapping.SubjectDomainPolicy)} (anyPolicy must not be mapped)", extension.ValueLocation));
            }
        }
    }
}
