namespace CertLint.Rules.Rfc5280;

public sealed class SubjectEmptyInCa : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.subject.empty-in-ca",
        Title = "CA certificate subject must not be empty",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.6",
        Description = "Checks that a CA certificate (basicConstraints cA TRUE) has a non-empty subject name.",
        Rationale = "\"If the subject is a CA ... the subject field MUST be populated with a non-empty distinguished name\": the certificates it issues carry this name as their issuer, and an empty issuer is itself invalid (Mbed TLS rejects it with -0x23E0), so nothing this CA signs can chain.",
        Fix = "Re-issue the CA certificate with a proper subject, e.g. C=DE, O=Example, CN=Example Issuing CA.",
        Example = "Subject: (empty), X509v3 Basic Constraints: critical CA:TRUE",
        AppliesTo = CertificateRoles.Ca,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var cert = context.Certificate;
        if (cert.IsCa && cert.Subject.IsEmpty)
        {
            findings.Add(Finding.At(Descriptor, "CA certificate (cA TRUE) has an empty subject", cert.Subject.Location));
        }
    }
}
