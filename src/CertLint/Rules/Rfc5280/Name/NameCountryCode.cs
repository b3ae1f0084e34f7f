namespace CertLint.Rules.Rfc5280;

public sealed class NameCountryCode : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.name.country-code",
        Title = "countryName must be a two-letter code",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "Appendix A.1 (X520countryName); X.520 6.3.1",
        Description = "Checks every countryName (C) in subject and issuer: exactly two letters (an ISO 3166-1 alpha-2 code). Its string type is checked by rfc5280.name.attribute-type.",
        Rationale = "X520countryName ::= PrintableString (SIZE (2)). OpenSSL refuses to create such a name (\"string too long\"), so the certificate came from a tool that does not check, and name comparisons against a correctly encoded 'DE' fail, breaking chain building.",
        Fix = "Use the two-letter ISO 3166 code (DE, US, GB), e.g. -subj '/C=DE/O=Example/CN=...'.",
        Example = "Subject: C = DEU, O = Example",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (field, attribute) in NameWalk.SubjectAndIssuer(context.Certificate))
        {
            if (attribute.Oid != "2.5.4.6")
            {
                continue;
            }
            var text = attribute.Text;
            if (text.Length != 2 || !char.IsAsciiLetter(text[0]) || !char.IsAsciiLetter(text[1]))
            {
                findings.Add(Finding.At(Descriptor, $"{field} countryName is \"{text}\" ({text.Length} characters); expected a two-letter code",
                    NameWalk.ValueLocation(attribute)));
            }
        }
    }
}
