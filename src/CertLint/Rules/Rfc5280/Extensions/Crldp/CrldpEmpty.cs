using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class CrldpEmpty : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.crldp.empty",
        Title = "cRLDistributionPoints without any distribution point",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.13 (CRLDistributionPoints ::= SEQUENCE SIZE (1..MAX))",
        Description = "Checks that cRLDistributionPoints contains at least one DistributionPoint.",
        Rationale = "The syntax is SEQUENCE SIZE (1..MAX) OF DistributionPoint; an empty list is invalid. Strict decoders (Mbed TLS, Go) reject the certificate; lenient ones find no CRL to fetch, so revocation is never checked.",
        Fix = "List the CRL URIs (http:// or ldap://), or omit the extension.",
        Example = "X509v3 CRL Distribution Points: (empty SEQUENCE)",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.EmptySequence(findings, Descriptor, context.Certificate, Oids.CrlDistributionPoints, "DistributionPoint");
}
