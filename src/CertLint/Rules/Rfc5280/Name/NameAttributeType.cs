namespace CertLint.Rules.Rfc5280;

public sealed class NameAttributeType : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.name.attribute-type",
        Title = "Name attribute encoded with a string type its syntax does not allow",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.4, Appendix A.1",
        Description = "For the attribute types in rules/rfc5280/name-attributes.yaml, checks the value's string type: DirectoryString attributes (CN, O, OU, L, ST, ...) one of UTF8String, PrintableString, TeletexString, UniversalString, BMPString; countryName, serialNumber and dnQualifier PrintableString; emailAddress and domainComponent IA5String.",
        Rationale = "Each attribute's ASN.1 syntax fixes which string types it may use. A commonName as IA5String or a countryName as UTF8String violates it: schema-checking decoders reject the certificate, and RFC 5280 7.1 comparison of the issuer name with the CA's subject may fail when the two sides used different types.",
        Fix = "Re-issue with the allowed type: UTF8String for DirectoryString attributes (openssl -utf8), PrintableString for C and serialNumber, IA5String for emailAddress and DC.",
        Example = "CN = leaf.example.test (IA5String)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (field, attribute) in NameWalk.SubjectAndIssuer(context.Certificate))
        {
            if (NameAttributeSpecs.For(attribute.Oid) is not { } spec)
            {
                continue;
            }
            if (attribute.Value is not { } value)
            {
                findings.Add(Finding.At(Descriptor, $"{field} {attribute.ShortName} value is not a character string (expected {spec.AllowedTypes})", attribute.Location));
            }
            else if (!spec.Allows(value.TagNumber))
            {
                findings.Add(Finding.At(Descriptor, $"{field} {attribute.ShortName} is a {value.TypeName}; {spec.Name} must be {spec.AllowedTypes}", value.Location));
            }
        }
    }
}
