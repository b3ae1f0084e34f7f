using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class SiaCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.sia.critical",
        Title = "subjectInfoAccess must not be critical",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.2.2",
        Description = "Checks that subjectInfoAccess is not marked critical.",
        Rationale = "Conforming CAs MUST mark this extension non-critical. Few verifiers parse it (Mbed TLS does not), so a critical one gets the certificate rejected as carrying an unknown critical extension.",
        Fix = "Issue subjectInfoAccess without 'critical'.",
        Example = "Subject Information Access: critical CA Repository - URI:http://ca.example.test/repository/",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.SubjectInfoAccess, wantCritical: false, "MUST be non-critical");
}
