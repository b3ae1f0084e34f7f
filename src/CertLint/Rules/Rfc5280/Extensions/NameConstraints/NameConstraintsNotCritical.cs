using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class NameConstraintsNotCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.name-constraints.not-critical",
        Title = "nameConstraints must be critical",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.10",
        Description = "Checks that nameConstraints is marked critical.",
        Rationale = "Conforming CAs MUST mark this extension critical. A non-critical name constraint is silently ignored by verifiers that do not implement name constraints (Mbed TLS among them), so the sub-CA it was meant to restrict can issue for any name there.",
        Fix = "Re-issue the CA certificate with 'nameConstraints = critical, permitted;DNS:example.com'. (Some deployments knowingly keep it non-critical for old Apple clients; then suppress this rule with a justified baseline entry.)",
        Example = "X509v3 Name Constraints: Permitted: DNS:example.test   (no 'critical')",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.NameConstraints, wantCritical: true, "MUST be critical");
}
