using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class SkiMissingInCa : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.ski.missing-in-ca",
        Title = "CA certificate without subjectKeyIdentifier",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.2",
        Description = "Checks that a CA certificate (cA TRUE) carries subjectKeyIdentifier.",
        Rationale = "subjectKeyIdentifier MUST appear in all conforming CA certificates: certificates issued by this CA copy it into their authorityKeyIdentifier, and path builders match the two. Without it, issued certificates cannot carry a matching key identifier.",
        Fix = "Issue the CA certificate with 'subjectKeyIdentifier = hash'.",
        Example = "X509v3 Basic Constraints: critical CA:TRUE   (and no X509v3 Subject Key Identifier)",
        AppliesTo = CertificateRoles.Ca,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        if (certificate.Extension(Oids.SubjectKeyIdentifier) is null)
        {
            findings.Add(Finding.At(Descriptor, "CA certificate (cA TRUE) has no subjectKeyIdentifier extension",
                certificate.Extension(Oids.BasicConstraints)?.Location ?? certificate.ExtensionsLocation));
        }
    }
}
