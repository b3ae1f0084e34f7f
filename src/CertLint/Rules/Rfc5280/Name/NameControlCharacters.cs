namespace CertLint.Rules.Rfc5280;

public sealed class NameControlCharacters : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.name.control-characters",
        Title = "Subject attribute contains control characters",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "Appendix A.1; RFC 4518 2.2",
        Description = "Flags subject attribute values containing C0/C1 control characters (U+0000..U+001F, U+007F..U+009F), including NUL.",
        Rationale = "Control characters have no place in names: a NUL truncates the value in C string handling (the 2009 'null prefix' attack used CN=www.bank.com\\0.evil.com), escape sequences can rewrite log lines and terminals, and RFC 4518 string preparation removes or rejects them, so comparisons differ between stacks.",
        Fix = "Remove the control characters from the request or template and re-issue.",
        Example = "O = CertLint\\x01Core",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (field, attribute) in NameWalk.Subject(context.Certificate))
        {
            if (attribute.Value is not { } value)
            {
                continue;
            }
            foreach (var c in value.Text)
            {
                if (char.IsControl(c))
                {
                    findings.Add(Finding.At(Descriptor, $"{field} {attribute.ShortName} contains control character U+{(int)c:X4}", value.Location));
                    break;
                }
            }
        }
    }
}
