using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class NameEmailNotInSan : IRule
{
    private const string EmailAddressOid = "1.2.840.113549.1.9.1";

    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.name.email-not-in-san",
        Title = "Subject emailAddress not repeated as an rfc822Name in subjectAltName",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.6",
        Description = "Checks that every emailAddress attribute of the subject also appears as an rfc822Name in subjectAltName (compared without regard to case).",
        Rationale = "\"Conforming implementations generating new certificates with electronic mail addresses MUST use the rfc822Name in the subject alternative name extension\"; the subject attribute is only permitted in addition, for legacy software. S/MIME clients and rfc822Name name constraints look at the SAN only, so an address that is only in the subject is neither found nor constrained.",
        Fix = "Add the address to subjectAltName (openssl: subjectAltName = email:copy) and preferably drop emailAddress from the subject.",
        Example = "Subject: ..., emailAddress = admin@example.test; X509v3 Subject Alternative Name: DNS:leaf.example.test",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        var san = certificate.ReadableValue<AltName>(Oids.SubjectAltName);
        foreach (var (_, attribute) in NameWalk.Subject(certificate))
        {
            if (attribute.Oid != EmailAddressOid || attribute.Value is not { } value)
            {
                continue;
            }
            var listed = san?.OfKind(GeneralNameKind.Rfc822Name).Any(n => string.Equals(n.Text, value.Text, StringComparison.OrdinalIgnoreCase)) == true;
            if (!listed)
            {
                findings.Add(Finding.At(Descriptor, $"subject emailAddress \"{value.Text}\" is not an rfc822Name in subjectAltName", value.Location));
            }
        }
    }
}
