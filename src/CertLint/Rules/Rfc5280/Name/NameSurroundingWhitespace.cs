namespace CertLint.Rules.Rfc5280;

public sealed class NameSurroundingWhitespace : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.name.surrounding-whitespace",
        Title = "Subject attribute with leading or trailing whitespace",
        DefaultSeverity = Severity.Notice,
        Source = "RFC 5280",
        Citation = "7.1 (RFC 4518 insignificant space handling)",
        Description = "Flags subject attribute values that begin or end with whitespace.",
        Rationale = "RFC 5280 7.1 comparison ignores leading and trailing spaces, but byte-oriented comparison does not (Mbed TLS's x509_name_cmp compares lengths and bytes, at most ignoring ASCII case; so do many embedded stacks and name pinning), so the issuer link may hold in one stack and fail in another. A stray space in a CN also breaks legacy hostname matching on the CN.",
        Fix = "Remove the whitespace from the value in the request or CA template and re-issue.",
        Example = "CN = \" leaf.example.test\"",
    };

    public void Check(RuleContext context, List<Finding> findings) => In(findings, Descriptor, NameWalk.Subject(context.Certificate));

    /// <summary>The check itself, for the subject here and the issuer in <see cref="NameIssuerSurroundingWhitespace"/>.</summary>
    internal static void In(List<Finding> findings, RuleDescriptor rule, NameAttributes attributes)
    {
        foreach (var (field, attribute) in attributes)
        {
            if (attribute.Value is { Text.Length: > 0 } value && (char.IsWhiteSpace(value.Text[0]) || char.IsWhiteSpace(value.Text[^1])))
            {
                var where = char.IsWhiteSpace(value.Text[0]) ? "leading" : "trailing";
                findings.Add(Finding.At(rule, $"{field} {attribute.ShortName} \"{value.Text}\" has {where} whitespace", value.Location));
            }
        }
    }
}
