namespace CertLint.Rules.Rfc5280;

public sealed class NameCountryNotUppercase : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.name.country-not-uppercase",
        Title = "countryName should be upper case",
        DefaultSeverity = Severity.Notice,
        Source = "RFC 5280",
        Citation = "Appendix A.1 (X520countryName); ISO 3166-1",
        Description = "Flags a two-letter subject or issuer countryName that is not in upper case (e.g. 'de').",
        Rationale = "ISO 3166-1 alpha-2 codes are upper case. RFC 5280 7.1 comparison and Mbed TLS ignore case, but byte-exact name matching (pinning, hash-based lookups, many embedded stacks) treats 'de' and 'DE' as different names, so a CA and its certificates written by different tools stop chaining.",
        Fix = "Use the upper-case code (C=DE) in the request or CA template and re-issue.",
        Example = "Subject: C = de, O = Example",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (field, attribute) in NameWalk.SubjectAndIssuer(context.Certificate))
        {
            if (attribute.Oid == "2.5.4.6" && attribute.Text is { Length: 2 } text && char.IsAsciiLetter(text[0]) && char.IsAsciiLetter(text[1])
                && !(char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1])))
            {
                findings.Add(Finding.At(Descriptor, $"{field} countryName \"{text}\" is not upper case (expected \"{text.ToUpperInvariant()}\")", NameWalk.ValueLocation(attribute)));
            }
        }
    }
}
