using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class IanNameInvalid : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.ian.name-invalid",
        Title = "issuerAltName entry malformed",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.7 (same rules as 4.2.1.6)",
        Description = "Applies the subjectAltName entry checks to issuerAltName: dNSName syntax, rfc822Name mailbox, absolute URI, iPAddress of 4 or 16 octets.",
        Rationale = "issuerAltName uses the same GeneralName forms with the same encoding rules as subjectAltName; a malformed entry is as unusable there, and strict parsers reject the certificate.",
        Fix = "Correct the entry in the issuing CA's configuration (e.g. 'issuerAltName = email:ca@example.com').",
        Example = "X509v3 Issuer Alternative Name: email:ca-at-example.test",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (context.Certificate.ReadableValue<AltName>(Oids.IssuerAltName) is not { } ian)
        {
            return;
        }
        foreach (var name in ian.Names)
        {
            if (AltNameChecks.Problem(name) is { } problem)
            {
                findings.Add(Finding.At(Descriptor, "issuerAltName " + problem, name.Location));
            }
        }
    }
}
