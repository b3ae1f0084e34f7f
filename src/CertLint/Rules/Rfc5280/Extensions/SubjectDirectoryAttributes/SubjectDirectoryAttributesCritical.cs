using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class SubjectDirectoryAttributesCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.subject-directory-attributes.critical",
        Title = "subjectDirectoryAttributes must not be critical",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.8",
        Description = "Checks that subjectDirectoryAttributes is not marked critical.",
        Rationale = "Conforming CAs MUST mark this extension as non-critical. Almost no verifier parses it (Mbed TLS does not), so a critical one gets the certificate rejected as having an unknown critical extension.",
        Fix = "Issue subjectDirectoryAttributes without 'critical'.",
        Example = "X509v3 Subject Directory Attributes: critical ...",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.SubjectDirectoryAttributes, wantCritical: false, "MUST be non-critical");
}
