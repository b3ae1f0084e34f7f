using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyUsageNotCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.key-usage.not-critical",
        Title = "keyUsage should be critical",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.2.1.3",
        Description = "Checks that a keyUsage extension is marked critical.",
        Rationale = "When keyUsage is used, it SHOULD be marked critical, so that a verifier that does not understand it refuses the certificate instead of ignoring the restriction. Several profiles (IoT, CA/Browser Forum for CAs) turn this into a MUST.",
        Fix = "Issue the certificate with 'keyUsage = critical, ...'.",
        Example = "X509v3 Key Usage: Digital Signature   (no 'critical')",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.KeyUsage, wantCritical: true, "SHOULD be critical");
}
