using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyUsageCaWithoutCertSign : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.key-usage.ca-without-cert-sign",
        Title = "CA certificate keyUsage lacks keyCertSign",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.3, 4.2.1.9",
        Description = "Checks that when a CA certificate (cA TRUE) has keyUsage, keyCertSign is among its bits.",
        Rationale = "keyCertSign is asserted when the subject key verifies signatures on certificates, which is what a CA key does. Without it, verifiers that honour keyUsage (Mbed TLS checks keyCertSign on every parent during chain verification, as do OpenSSL and browsers) reject every certificate this CA issued.",
        Fix = "Re-issue the CA certificate with keyCertSign in keyUsage ('keyUsage = critical, keyCertSign, cRLSign').",
        Example = "X509v3 Key Usage: critical Digital Signature, CRL Sign   (with CA:TRUE)",
        AppliesTo = CertificateRoles.Ca,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var extension = context.Certificate.Extension(Oids.KeyUsage);
        if (extension?.Decoded is KeyUsage keyUsage && !keyUsage.Has(KeyUsageFlags.KeyCertSign))
        {
            findings.Add(Finding.At(Descriptor, $"CA certificate keyUsage is {KeyUsage.Describe(keyUsage.Flags)}, without keyCertSign", extension.Location));
        }
    }
}
