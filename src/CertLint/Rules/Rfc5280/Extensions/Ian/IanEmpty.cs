using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class IanEmpty : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.ian.empty",
        Title = "issuerAltName without any name",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.7 (GeneralNames ::= SEQUENCE SIZE (1..MAX))",
        Description = "Checks that issuerAltName contains at least one GeneralName.",
        Rationale = "issuerAltName is encoded exactly like subjectAltName, as GeneralNames of SIZE (1..MAX); an empty one is invalid DER that strict parsers reject, and it tells relying parties nothing.",
        Fix = "Put the issuer's alternative names into the extension, or omit it.",
        Example = "X509v3 Issuer Alternative Name: (empty SEQUENCE)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var extension = context.Certificate.Extension(Oids.IssuerAltName);
        if (extension?.Decoded is AltName { Names.Count: 0 })
        {
            findings.Add(Finding.At(Descriptor, "issuerAltName is an empty SEQUENCE (at least one name required)", extension.ValueLocation));
        }
    }
}
