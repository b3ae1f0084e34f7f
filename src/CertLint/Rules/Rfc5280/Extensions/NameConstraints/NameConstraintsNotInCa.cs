using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class NameConstraintsNotInCa : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.name-constraints.not-in-ca",
        Title = "nameConstraints in a non-CA certificate",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.10",
        Description = "Checks that nameConstraints appears only in CA certificates (cA TRUE).",
        Rationale = "The name constraints extension MUST be used only in a CA certificate: it restricts the names in certificates issued below it. In an end-entity certificate it constrains nothing, and since it must be critical, verifiers that do not implement it (Mbed TLS) reject the certificate as having an unknown critical extension.",
        Fix = "Remove nameConstraints from end-entity profiles; apply it to the issuing CA certificate instead.",
        Example = "X509v3 Name Constraints: critical Permitted: DNS:example.test   (in a leaf)",
        AppliesTo = CertificateRoles.Leaf,
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.PresentOutsideCa(findings, Descriptor, context.Certificate, Oids.NameConstraints);
}
