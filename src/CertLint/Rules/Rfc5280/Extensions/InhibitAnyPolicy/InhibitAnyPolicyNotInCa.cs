using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class InhibitAnyPolicyNotInCa : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.inhibit-any-policy.not-in-ca",
        Title = "inhibitAnyPolicy in a non-CA certificate",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.2.1.14",
        Description = "Checks that inhibitAnyPolicy appears only in CA certificates.",
        Rationale = "The inhibit anyPolicy extension can be used in certificates issued to CAs; in an end entity it has no effect, and because it must be critical, verifiers without policy support (Mbed TLS) reject the certificate.",
        Fix = "Remove inhibitAnyPolicy from end-entity profiles.",
        Example = "X509v3 Inhibit Any Policy: critical 0   (in a leaf)",
        AppliesTo = CertificateRoles.Leaf,
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.PresentOutsideCa(findings, Descriptor, context.Certificate, Oids.InhibitAnyPolicy);
}
