namespace CertLint.Rules.Rfc5280;

public sealed class NameAttributeTooLong : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.name.attribute-too-long",
        Title = "Name attribute longer than its upper bound",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "Appendix A.1 (ub-* upper bounds); X.520",
        Description = "Checks subject attribute lengths in characters against the upper bounds in rules/rfc5280/name-attributes.yaml: commonName, organizationName, organizationalUnitName, title 64; localityName, stateOrProvinceName, streetAddress, pseudonym 128; serialNumber 64; postalCode 40; emailAddress 255; surname, givenName, initials 32768.",
        Rationale = "The ASN.1 SIZE constraints are part of the syntax. OpenSSL refuses to create an over-long CN (\"string too long\", maxsize=64), strict decoders reject it, and databases sized to the bounds truncate it, so the name no longer matches. A long CN usually means a hostname that belongs in subjectAltName only.",
        Fix = "Shorten the value; for long DNS names put the name only in subjectAltName and use a short CN (or none).",
        Example = "CN = aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example.test (65 characters)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (field, attribute) in NameWalk.Subject(context.Certificate))
        {
            if (attribute.Value is not { } value || NameAttributeSpecs.For(attribute.Oid) is not { MaxLength: > 0 } spec)
            {
                continue;
            }
            var length = NameAttributeSpecs.CharacterCount(value.Text);
            if (length > spec.MaxLength)
            {
                findings.Add(Finding.At(Descriptor, $"{field} {attribute.ShortName} is {length} characters (max {spec.MaxLength})", value.Location));
            }
        }
    }
}
