using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class PoliciesCpsUriInvalid : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.policies.cps-uri-invalid",
        Title = "CPS pointer is not an absolute URI",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.4 (CPSuri ::= IA5String)",
        Description = "Checks that each CPS qualifier holds an absolute URI with a scheme (and a host for http/https).",
        Rationale = "The CPS pointer qualifier contains a pointer to a Certification Practice Statement published by the CA, in the form of a URI. Text that is not a URI cannot be followed by auditors or relying-party software, and CA pipelines gated by linters (zlint) reject it.",
        Fix = "Use the full URL of the CPS, e.g. 'CPS.1 = https://ca.example.com/cps'.",
        Example = "CPS: see our website",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (context.Certificate.ReadableValue<CertificatePolicies>(Oids.CertificatePolicies) is not { } value)
        {
            return;
        }
        foreach (var policy in value.Policies)
        {
            foreach (var qualifier in policy.Qualifiers)
            {
                if (qualifier.CpsUri is { } uri && GeneralNameSyntax.UriProblem(uri) is { } problem)
                {
                    findings.Add(Finding.At(Descriptor, $"CPS URI '{uri}' of policy {policy.PolicyOid} {problem}", qualifier.Location));
                }
            }
        }
    }
}
