using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class PoliciesDuplicate : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.policies.duplicate",
        Title = "certificatePolicies lists a policy OID twice",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.4",
        Description = "Checks that no policy identifier appears more than once in certificatePolicies.",
        Rationale = "In a certificate policies extension, a policy OID MUST NOT appear more than once. Path validation (6.1.3) builds the valid-policy tree from these OIDs; a repeated one makes implementations disagree (some reject the certificate, some merge the qualifiers).",
        Fix = "List each policy once; put all its qualifiers into that single PolicyInformation.",
        Example = "X509v3 Certificate Policies: Policy: 2.23.140.1.2.1, Policy: 1.3.6.1.4.1.55555.10, Policy: 2.23.140.1.2.1",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (context.Certificate.ReadableValue<CertificatePolicies>(Oids.CertificatePolicies) is not { } value)
        {
            return;
        }
        var policies = value.Policies;
        foreach (var (i, j) in Duplicates.Of(policies, p => p.PolicyOid, StringComparer.Ordinal))
        {
            findings.Add(Finding.At(Descriptor, $"policy {Oids.Name(policies[i].PolicyOid)} appears again at position {i} (first at {j})", policies[i].Location));
        }
    }
}
