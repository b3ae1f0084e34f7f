using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class SiaEmpty : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.sia.empty",
        Title = "subjectInfoAccess without any access description",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.2.2 (SubjectInfoAccessSyntax ::= SEQUENCE SIZE (1..MAX))",
        Description = "Checks that subjectInfoAccess contains at least one AccessDescription.",
        Rationale = "The syntax is SEQUENCE SIZE (1..MAX) OF AccessDescription; an empty list is invalid. Strict decoders reject the certificate, and the extension points relying parties to no repository or time-stamping service.",
        Fix = "List the caRepository or timeStamping locations, or omit the extension.",
        Example = "Subject Information Access: (empty SEQUENCE)",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.EmptySequence(findings, Descriptor, context.Certificate, Oids.SubjectInfoAccess, "access description");
}
