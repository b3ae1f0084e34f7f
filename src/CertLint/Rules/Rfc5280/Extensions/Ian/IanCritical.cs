using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class IanCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.ian.critical",
        Title = "issuerAltName should not be critical",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.2.1.7",
        Description = "Checks that issuerAltName is not marked critical.",
        Rationale = "Where present, conforming CAs SHOULD mark issuerAltName non-critical. Few verifiers process it (Mbed TLS does not parse it at all), so a critical one makes them reject the certificate (Mbed TLS: -0x2562, unknown critical extension).",
        Fix = "Issue issuerAltName without 'critical', or drop it.",
        Example = "X509v3 Issuer Alternative Name: critical URI:https://ca.example.test/",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.IssuerAltName, wantCritical: false, "SHOULD be non-critical");
}
