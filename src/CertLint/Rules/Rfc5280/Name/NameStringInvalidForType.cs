namespace CertLint.Rules.Rfc5280;

public sealed class NameStringInvalidForType : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.name.string-invalid-for-type",
        Title = "Name attribute value not valid for its string type",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.4, Appendix B; X.680 41",
        Description = "Checks each subject and issuer attribute value against its declared string type: PrintableString only A-Z a-z 0-9 space ' ( ) + , - . / : = ?; IA5String only ASCII; NumericString digits and space; VisibleString printable ASCII; UTF8String valid UTF-8; BMPString/UniversalString whole UTF-16/UTF-32 units.",
        Rationale = "A value outside its type's alphabet is a malformed encoding. Strict decoders reject the certificate; lenient ones (Mbed TLS copies the bytes unchecked) pass them on, so names print differently per stack and RFC 5280 7.1 name comparison (used for chaining) gives different answers. '@', '_', '&' and '*' in a PrintableString are the classic cases.",
        Fix = "Re-encode the value as UTF8String (openssl: -utf8 and string_mask = utf8only), or remove the characters the type does not allow.",
        Example = "O = Fixtures_&_Co (PrintableString containing '_' and '&')",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (field, attribute) in NameWalk.SubjectAndIssuer(context.Certificate))
        {
            if (attribute.Value is { IsValidForType: false } value)
            {
                findings.Add(Finding.At(Descriptor, $"{field} {attribute.ShortName} value \"{value.Text}\" is not a valid {value.TypeName}{Offending(value)}",
                    value.Location));
            }
        }
    }

    private static string Offending(Asn1.AsnString value)
    {
        if (value.TagNumber != 19)
        {
            return "";
        }
        var bad = new System.Text.StringBuilder();
        foreach (var c in value.Text)
        {
            if (!Asn1.AsnStrings.IsPrintableChar(c) && bad.ToString().IndexOf(c) < 0)
            {
                bad.Append(c);
            }
        }
        return bad.Length == 0 ? "" : $" (characters not allowed: {string.Join(" ", bad.ToString().Select(c => $"'{c}'"))})";
    }
}
