using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class InhibitAnyPolicyNotCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.inhibit-any-policy.not-critical",
        Title = "inhibitAnyPolicy must be critical",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.14",
        Description = "Checks that inhibitAnyPolicy is marked critical.",
        Rationale = "Conforming CAs MUST mark this extension critical; a non-critical one is ignored by verifiers without policy processing, which then keep accepting anyPolicy below this CA.",
        Fix = "Re-issue the CA certificate with 'inhibitAnyPolicy = critical, 0'.",
        Example = "X509v3 Inhibit Any Policy: 0   (no 'critical')",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.InhibitAnyPolicy, wantCritical: true, "MUST be critical");
}
