using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class AiaCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.aia.critical",
        Title = "authorityInfoAccess must not be critical",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.2.1",
        Description = "Checks that authorityInfoAccess is not marked critical.",
        Rationale = "Conforming CAs MUST mark this extension non-critical. Mbed TLS does not parse authorityInfoAccess, so a critical one makes it reject the certificate (-0x2562, unknown critical extension); the same happens in other stacks without AIA support.",
        Fix = "Issue authorityInfoAccess without 'critical'.",
        Example = "Authority Information Access: critical OCSP - URI:http://ocsp.example.test",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.AuthorityInfoAccess, wantCritical: false, "MUST be non-critical");
}
