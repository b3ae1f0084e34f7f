using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class CrldpCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.crldp.critical",
        Title = "cRLDistributionPoints should not be critical",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.2.1.13",
        Description = "Checks that cRLDistributionPoints is not marked critical.",
        Rationale = "The extension SHOULD be non-critical. Mbed TLS does not parse it, so a critical CRLDP makes it reject the certificate while parsing (-0x2562); many embedded stacks behave the same.",
        Fix = "Issue crlDistributionPoints without 'critical'.",
        Example = "X509v3 CRL Distribution Points: critical Full Name: URI:http://crl.example.test/ca.crl",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.CrlDistributionPoints, wantCritical: false, "SHOULD be non-critical");
}
