using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class SkiCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.ski.critical",
        Title = "subjectKeyIdentifier must not be critical",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.2",
        Description = "Checks that subjectKeyIdentifier is not marked critical.",
        Rationale = "Conforming CAs MUST mark this extension non-critical. Mbed TLS 2.x does not parse subjectKeyIdentifier, so a critical one is rejected there as an unknown critical extension (-0x2562); 3.6 accepts it.",
        Fix = "Issue subjectKeyIdentifier without 'critical'.",
        Example = "X509v3 Subject Key Identifier: critical 92:7F:EA:...",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.SubjectKeyIdentifier, wantCritical: false, "MUST be non-critical");
}
