namespace CertLint.Rules.Rfc5280;

public sealed class NamePersonalNameOver64 : IRule
{
    private const int Recommended = 64;
    private const string GivenNameOid = "2.5.4.42";
    private const string SurnameOid = "2.5.4.4";

    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.name.personal-name-over-64",
        Title = "Subject givenName or surname longer than 64 characters",
        DefaultSeverity = Severity.Notice,
        Source = "CertLint",
        Citation = "RFC 5280 Appendix A.1 (ub-name 32768 is the bound); 64 = X.411 ub-common-name-length",
        Description = "Flags a subject givenName or surname longer than 64 characters. The syntax allows up to 32768 (ub-name, checked by rfc5280.name.attribute-too-long); this is a recommendation, not a requirement.",
        Rationale = "Directories, HR systems and many certificate databases size personal-name fields like commonName (64 characters); a longer name is truncated there, so the stored name no longer matches the certificate. zlint warns about the same length for the same reason.",
        Fix = "Shorten the name (initials for middle names) or confirm that every system consuming the certificate stores long names.",
        Example = "Subject: ..., GN = (65 characters)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (field, attribute) in NameWalk.Subject(context.Certificate))
        {
            if (attribute.Oid is not (GivenNameOid or SurnameOid) || attribute.Value is not { } value)
            {
                continue;
            }
            var length = NameAttributeSpecs.CharacterCount(value.Text);
            if (length > Recommended)
            {
                findings.Add(Finding.At(Descriptor, $"{field} {attribute.ShortName} is {length} characters (more than {Recommended} is truncated by many systems)", value.Location));
            }
        }
    }
}
