using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class SkiMissingInLeaf : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.ski.missing-in-leaf",
        Title = "End-entity certificate without subjectKeyIdentifier",
        DefaultSeverity = Severity.Notice,
        Source = "RFC 5280",
        Citation = "4.2.1.2",
        Description = "Notes an end-entity certificate that has no subjectKeyIdentifier.",
        Rationale = "For end-entity certificates subjectKeyIdentifier SHOULD be included; applications use it to find the certificate for a key (CMS SignerIdentifier, key stores). It is advisory: the IoT profile even asks to omit it to save bytes, so this is a notice.",
        Fix = "Add 'subjectKeyIdentifier = hash' to the end-entity issuing profile, unless a size-constrained profile says otherwise.",
        Example = "(no X509v3 Subject Key Identifier in an end-entity certificate)",
        AppliesTo = CertificateRoles.Leaf,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        if (certificate.Extension(Oids.SubjectKeyIdentifier) is null)
        {
            findings.Add(Finding.At(Descriptor, "end-entity certificate has no subjectKeyIdentifier extension", certificate.ExtensionsLocation ?? certificate.PublicKey.Location));
        }
    }
}
