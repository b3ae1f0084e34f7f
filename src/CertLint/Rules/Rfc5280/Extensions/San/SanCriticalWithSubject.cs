using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class SanCriticalWithSubject : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.san.critical-with-subject",
        Title = "subjectAltName should not be critical when the subject is not empty",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.2.1.6",
        Description = "Checks that subjectAltName is not marked critical when the subject field holds a name.",
        Rationale = "When the subject DN is non-empty, conforming CAs SHOULD mark subjectAltName non-critical; a critical SAN makes older or minimal verifiers that only read the subject reject the certificate for no gain.",
        Fix = "Issue subjectAltName without 'critical' when the certificate has a subject DN.",
        Example = "Subject: CN=leaf.example.test; X509v3 Subject Alternative Name: critical DNS:leaf.example.test",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (!context.Certificate.Subject.IsEmpty)
        {
            ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.SubjectAltName, wantCritical: false, "SHOULD be non-critical when the subject is not empty");
        }
    }
}
