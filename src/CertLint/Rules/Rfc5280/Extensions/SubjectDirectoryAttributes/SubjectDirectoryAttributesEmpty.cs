using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class SubjectDirectoryAttributesEmpty : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.subject-directory-attributes.empty",
        Title = "subjectDirectoryAttributes without any attribute",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.8 (SubjectDirectoryAttributes ::= SEQUENCE SIZE (1..MAX) OF Attribute)",
        Description = "Checks that subjectDirectoryAttributes contains at least one Attribute.",
        Rationale = "The syntax is SEQUENCE SIZE (1..MAX) OF Attribute; an empty list is invalid DER for the extension and carries no information.",
        Fix = "Put the attributes (e.g. countryOfCitizenship) into the extension, or omit it.",
        Example = "Subject Directory Attributes: (empty SEQUENCE)",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.EmptySequence(findings, Descriptor, context.Certificate, Oids.SubjectDirectoryAttributes, "Attribute");
}
