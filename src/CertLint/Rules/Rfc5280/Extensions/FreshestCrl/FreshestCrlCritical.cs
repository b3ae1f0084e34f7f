using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class FreshestCrlCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.freshest-crl.critical",
        Title = "freshestCRL must not be critical",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.15",
        Description = "Checks that freshestCRL (delta CRL distribution point) is not marked critical.",
        Rationale = "The extension MUST be marked as non-critical by conforming CAs. Verifiers without delta-CRL support, which is most of them, reject a certificate with a critical freshestCRL.",
        Fix = "Issue freshestCRL without 'critical'.",
        Example = "X509v3 Freshest CRL: critical Full Name: URI:http://crl.example.test/delta.crl",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.FreshestCrl, wantCritical: false, "MUST be non-critical");
}
