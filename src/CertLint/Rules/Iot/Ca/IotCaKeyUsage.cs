using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Iot;

public sealed class IotCaKeyUsage : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.ca.key-usage",
        Title = "CA keyUsage must be critical and include keyCertSign",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("Root CA Certificate / Key Usage; Subordinate CA Certificate / Key Usage"),
        Description = "Checks that keyUsage in a root or subordinate CA certificate is marked critical and asserts keyCertSign.",
        Rationale = "When set in a CA certificate, keyUsage MUST be marked critical and MUST include keyCertSign. Devices that check keyUsage on issuers (Mbed TLS does during chain verification) reject certificates from a CA without keyCertSign, and a non-critical keyUsage may be ignored by minimal verifiers.",
        Fix = "Issue CA certificates with 'keyUsage = critical, keyCertSign, cRLSign' (plus digitalSignature for subordinate CAs).",
        Example = "X509v3 Key Usage: Digital Signature, Certificate Sign, CRL Sign   (no 'critical')",
        AppliesTo = CertificateRoles.Ca,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var extension = context.Certificate.Extension(Oids.KeyUsage);
        if (extension?.Decoded is not KeyUsage keyUsage)
        {
            return;
        }
        if (!extension.Critical)
        {
            findings.Add(Finding.At(Descriptor, "CA keyUsage is not marked critical", extension.Location));
        }
        if (!keyUsage.Has(KeyUsageFlags.KeyCertSign))
        {
            findings.Add(Finding.At(Descriptor, $"CA keyUsage is {KeyUsage.Describe(keyUsage.Flags)}, without keyCertSign", extension.Location));
        }
    }
}
