namespace CertLint.Rules.Rfc5280;

public sealed class NameLegacyStringType : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.name.legacy-string-type",
        Title = "Name uses TeletexString, UniversalString or BMPString",
        DefaultSeverity = Severity.Notice,
        Source = "RFC 5280",
        Citation = "4.1.2.4",
        Description = "Flags subject attribute values encoded as TeletexString, UniversalString or BMPString.",
        Rationale = "\"CAs conforming to this profile MUST use either the PrintableString or UTF8String encoding of DirectoryString\" for new certificates; the other three exist only for backward compatibility. TeletexString has no well-defined character set (stacks read it as Latin-1 or T.61 differently), and small stacks such as Mbed TLS print and compare these values as raw bytes, so names with the same text in a different type do not match.",
        Fix = "Re-issue with UTF8String (openssl: -utf8, string_mask = utf8only) or PrintableString for plain ASCII.",
        Example = "O = CertLint Core Fixtures (BMPString)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (field, attribute) in NameWalk.Subject(context.Certificate))
        {
            if (attribute.Value is { TagNumber: 20 or 28 or 30 } value)
            {
                findings.Add(Finding.At(Descriptor, $"{field} {attribute.ShortName} \"{value.Text}\" is a {value.TypeName}; use UTF8String or PrintableString", value.Location));
            }
        }
    }
}
