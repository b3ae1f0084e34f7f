using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class SanNotCriticalWithEmptySubject : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.san.not-critical-with-empty-subject",
        Title = "subjectAltName must be critical when the subject is empty",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.6",
        Description = "Checks that subjectAltName is marked critical when the subject field is an empty sequence.",
        Rationale = "With an empty subject, subjectAltName is the only identity and MUST be critical, so that a verifier that cannot process it refuses the certificate instead of accepting a certificate with no identity it understands.",
        Fix = "Re-issue with 'subjectAltName = critical, ...' (or add a subject DN).",
        Example = "Subject: (empty); X509v3 Subject Alternative Name: DNS:device.example.test   (no 'critical')",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (context.Certificate.Subject.IsEmpty)
        {
            ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.SubjectAltName, wantCritical: true, "MUST be critical when the subject is empty");
        }
    }
}
