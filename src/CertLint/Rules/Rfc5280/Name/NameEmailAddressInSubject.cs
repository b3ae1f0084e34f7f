namespace CertLint.Rules.Rfc5280;

public sealed class NameEmailAddressInSubject : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.name.email-address-in-subject",
        Title = "emailAddress in the subject is deprecated",
        DefaultSeverity = Severity.Notice,
        Source = "RFC 5280",
        Citation = "4.1.2.6",
        Description = "Flags the PKCS#9 emailAddress attribute in the subject name.",
        Rationale = "\"Conforming implementations generating new certificates with electronic mail addresses MUST use the rfc822Name in the subject alternative name extension\"; the emailAddress attribute is legacy. Name constraints on rfc822Name only cover it by special rules many stacks do not implement (Mbed TLS does not process nameConstraints at all), and S/MIME clients look in subjectAltName.",
        Fix = "Put the address in subjectAltName as email:admin@example.test and drop emailAddress from the subject (openssl: email_in_dn = no).",
        Example = "Subject: ..., emailAddress = admin@example.test",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (field, attribute) in NameWalk.Subject(context.Certificate))
        {
            if (attribute.Oid == "1.2.840.113549.1.9.1")
            {
                findings.Add(Finding.At(Descriptor, $"{field} contains emailAddress \"{attribute.Text}\"; use subjectAltName rfc822Name", NameWalk.ValueLocation(attribute)));
            }
        }
    }
}
