using CertLint.Asn1;

namespace CertLint.Rules.Iot;

public sealed class IotCaSkiMissing : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.ca.ski-missing",
        Title = "CA certificate without subjectKeyIdentifier",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("Root CA Certificate / Subject Key Identifier; Subordinate CA Certificate / Subject Key Identifier"),
        Description = "Checks that root and subordinate CA certificates carry subjectKeyIdentifier.",
        Rationale = "The Subject Key Identifier extension MUST be set in root and subordinate CA certificates: path construction on devices matches the AKI of each certificate to the SKI of its issuer.",
        Fix = "Issue CA certificates with 'subjectKeyIdentifier = hash'.",
        Example = "(CA certificate without X509v3 Subject Key Identifier)",
        AppliesTo = CertificateRoles.Ca,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        if (certificate.Extension(Oids.SubjectKeyIdentifier) is null)
        {
            findings.Add(Finding.At(Descriptor, "CA certificate has no subjectKeyIdentifier", certificate.ExtensionsLocation ?? certificate.Subject.Location));
        }
    }
}
