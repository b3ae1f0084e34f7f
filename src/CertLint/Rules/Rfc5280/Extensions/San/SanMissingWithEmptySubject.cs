using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class SanMissingWithEmptySubject : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.san.missing-with-empty-subject",
        Title = "Empty subject without subjectAltName",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.6, 4.2.1.6",
        Description = "Checks that a certificate whose subject is an empty sequence carries a subjectAltName extension.",
        Rationale = "If the subject field contains an empty sequence, the CA MUST include subjectAltName: otherwise the certificate binds the key to no identity at all, and hostname or peer-identity checks (mbedtls_ssl_set_hostname, OpenSSL X509_check_host) always fail.",
        Fix = "Put the identity into subjectAltName (marked critical, since the subject is empty), or give the certificate a subject DN.",
        Example = "Subject: (empty)   and no X509v3 Subject Alternative Name",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        if (certificate.Subject.IsEmpty && certificate.Extension(Oids.SubjectAltName) is null)
        {
            findings.Add(Finding.At(Descriptor, "subject is empty and there is no subjectAltName extension: the certificate names no one", certificate.Subject.Location));
        }
    }
}
