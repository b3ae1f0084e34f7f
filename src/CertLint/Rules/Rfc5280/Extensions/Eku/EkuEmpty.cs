using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class EkuEmpty : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.eku.empty",
        Title = "extKeyUsage without any purpose",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.12 (ExtKeyUsageSyntax ::= SEQUENCE SIZE (1..MAX))",
        Description = "Checks that extKeyUsage lists at least one KeyPurposeId.",
        Rationale = "The type is SEQUENCE SIZE (1..MAX); an empty list is invalid DER for the extension. Strict parsers reject the certificate outright; lenient ones read it as 'no purpose allowed', so it is refused for serverAuth and clientAuth either way.",
        Fix = "List the purposes the certificate is for (e.g. serverAuth, clientAuth), or omit the extension.",
        Example = "X509v3 Extended Key Usage: (empty SEQUENCE)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var extension = context.Certificate.Extension(Oids.ExtKeyUsage);
        if (extension?.Decoded is ExtendedKeyUsage { Purposes.Count: 0 })
        {
            findings.Add(Finding.At(Descriptor, "extKeyUsage is an empty SEQUENCE (at least one purpose required)", extension.ValueLocation));
        }
    }
}
