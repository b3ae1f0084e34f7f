using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class FreshestCrlEmpty : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.freshest-crl.empty",
        Title = "freshestCRL without any distribution point",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.15 (FreshestCRL ::= CRLDistributionPoints, SEQUENCE SIZE (1..MAX))",
        Description = "Checks that freshestCRL (delta CRL distribution points) contains at least one DistributionPoint.",
        Rationale = "FreshestCRL has the syntax of CRLDistributionPoints, SEQUENCE SIZE (1..MAX); an empty list is invalid and tells a relying party of no delta CRL.",
        Fix = "List the delta CRL locations, or omit the extension.",
        Example = "X509v3 Freshest CRL: (empty SEQUENCE)",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.EmptySequence(findings, Descriptor, context.Certificate, Oids.FreshestCrl, "DistributionPoint");
}
