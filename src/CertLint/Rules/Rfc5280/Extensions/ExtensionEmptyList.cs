namespace CertLint.Rules.Rfc5280;

public sealed class ExtensionEmptyList : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.empty-list",
        Title = "Extensions field present but empty",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1 (Extensions ::= SEQUENCE SIZE (1..MAX))",
        Description = "Checks that when the [3] extensions field is present it holds at least one extension.",
        Rationale = "The ASN.1 type is SEQUENCE SIZE (1..MAX) OF Extension; an empty list is not a valid encoding. Strict DER parsers reject the certificate while lenient ones accept it, so the same certificate works on one stack and fails on another.",
        Fix = "Omit the extensions field entirely when there are no extensions (and then issue a v1 certificate), or add the extensions the profile needs.",
        Example = "[3] { SEQUENCE {} }",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        if (certificate.ExtensionsEncoded && certificate.Extensions.Count == 0)
        {
            findings.Add(Finding.At(Descriptor, "extensions field is present but contains no extension (SIZE (1..MAX) requires at least one)", certificate.ExtensionsLocation));
        }
    }
}
