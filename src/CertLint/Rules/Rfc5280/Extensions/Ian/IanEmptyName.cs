using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class IanEmptyName : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.ian.empty-name",
        Title = "issuerAltName entry with an empty value",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.7 (same GeneralName rules as 4.2.1.6)",
        Description = "Checks that no dNSName, rfc822Name, uniformResourceIdentifier or iPAddress in issuerAltName is zero-length, and no directoryName is an empty Name.",
        Rationale = "issuerAltName follows the subjectAltName rules for each name form, and none of them allows an empty value: a zero-length dNSName, e-mail address or URI names nothing. It is a template bug, and parsers that validate the entries (Go crypto/x509) reject the certificate.",
        Fix = "Remove the empty entry from issuerAltName.",
        Example = "X509v3 Issuer Alternative Name: URI:https://ca.example.test/, DNS:",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (context.Certificate.ReadableValue<AltName>(Oids.IssuerAltName) is not { } ian)
        {
            return;
        }
        foreach (var name in ian.Names)
        {
            if (AltNameChecks.IsEmptyEntry(name))
            {
                findings.Add(Finding.At(Descriptor, $"issuerAltName has an empty {name.KindName} entry", name.Location));
            }
        }
    }
}
