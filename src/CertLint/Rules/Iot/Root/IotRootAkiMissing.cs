using CertLint.Asn1;

namespace CertLint.Rules.Iot;

public sealed class IotRootAkiMissing : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.root.aki-missing",
        Title = "Root CA without authorityKeyIdentifier",
        DefaultSeverity = Severity.Warning,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("Root CA Certificate / Authority Key Identifier"),
        Description = "Checks that a root CA certificate carries authorityKeyIdentifier.",
        Rationale = "The Authority Key Identifier extension SHOULD be set in root CA certificates to aid path construction (RFC 5280 allows omitting it in self-signed certificates; the IoT profile asks for it).",
        Fix = "Issue the root with 'authorityKeyIdentifier = keyid' (it then equals its own subjectKeyIdentifier).",
        Example = "(root certificate without X509v3 Authority Key Identifier)",
        AppliesTo = CertificateRoles.Root,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        if (certificate.Extension(Oids.AuthorityKeyIdentifier) is null)
        {
            findings.Add(Finding.At(Descriptor, "root CA certificate has no authorityKeyIdentifier", certificate.ExtensionsLocation ?? certificate.Subject.Location));
        }
    }
}
