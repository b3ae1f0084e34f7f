using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class SanEmpty : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.san.empty",
        Title = "subjectAltName without any name",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.6 (GeneralNames ::= SEQUENCE SIZE (1..MAX))",
        Description = "Checks that subjectAltName contains at least one GeneralName.",
        Rationale = "If the extension is present, it MUST contain at least one entry (GeneralNames is SIZE (1..MAX)). An empty SAN is invalid DER; verifiers that accept it find no identity and fail hostname checks, and browsers stop falling back to the subject CN once a SAN exists.",
        Fix = "Put the certificate's DNS names, IP addresses or other identities into subjectAltName, or omit the extension.",
        Example = "X509v3 Subject Alternative Name: (empty SEQUENCE)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var extension = context.Certificate.Extension(Oids.SubjectAltName);
        if (extension?.Decoded is AltName { Names.Count: 0 })
        {
            findings.Add(Finding.At(Descriptor, "subjectAltName is an empty SEQUENCE (at least one name required)", extension.ValueLocation));
        }
    }
}
