using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class AkiCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.aki.critical",
        Title = "authorityKeyIdentifier must not be critical",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.1",
        Description = "Checks that authorityKeyIdentifier is not marked critical.",
        Rationale = "Conforming CAs MUST mark this extension non-critical. Mbed TLS 2.x does not parse authorityKeyIdentifier, so a critical one is an unknown critical extension there and the certificate is rejected while parsing (-0x2562); 3.6 accepts it.",
        Fix = "Issue authorityKeyIdentifier without 'critical'.",
        Example = "X509v3 Authority Key Identifier: critical 20:7F:38:...",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.AuthorityKeyIdentifier, wantCritical: false, "MUST be non-critical");
}
