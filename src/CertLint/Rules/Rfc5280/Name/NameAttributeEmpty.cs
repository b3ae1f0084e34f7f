namespace CertLint.Rules.Rfc5280;

public sealed class NameAttributeEmpty : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.name.attribute-empty",
        Title = "Name attribute with an empty value",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "Appendix A.1 (SIZE (1..ub-*))",
        Description = "Flags subject and issuer attribute values that are empty strings, and RDNs with no attribute at all.",
        Rationale = "Every naming attribute is SIZE (1..ub), and an RDN is a SET SIZE (1..MAX). Empty values come from templates with unfilled fields (openssl prompts left blank with a default of \".\" handled wrongly); strict decoders reject them, and they make names compare unequal to the same name without the empty attribute.",
        Fix = "Remove the attribute instead of leaving it empty (in openssl configs, do not list the field or give it a value).",
        Example = "Subject: C = DE, O = Example, OU = , CN = leaf.example.test",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var cert = context.Certificate;
        foreach (var rdn in cert.Subject.Rdns.Concat(cert.Issuer.Rdns))
        {
            if (rdn.Attributes.Count == 0)
            {
                findings.Add(Finding.At(Descriptor, $"{FieldOf(rdn.Location)} has an RDN with no attributes", rdn.Location));
            }
        }
        foreach (var (field, attribute) in NameWalk.SubjectAndIssuer(cert))
        {
            if (attribute.Value is { Raw.Length: 0 } value)
            {
                findings.Add(Finding.At(Descriptor, $"{field} {attribute.ShortName} is empty", value.Location));
            }
        }
    }

    private static string FieldOf(Asn1.FieldLocation location) => location.Path.Contains(".issuer.", StringComparison.Ordinal) ? "issuer" : "subject";
}
