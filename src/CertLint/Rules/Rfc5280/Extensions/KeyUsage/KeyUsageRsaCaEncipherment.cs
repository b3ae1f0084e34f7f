using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyUsageRsaCaEncipherment : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.key-usage.rsa-ca-encipherment",
        Title = "RSA CA key usable for certificate or CRL signing and for encipherment",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 3279",
        Citation = "2.3.1",
        Description = "Flags an RSA certificate whose keyUsage has keyCertSign or cRLSign together with keyEncipherment or dataEncipherment.",
        Rationale = "For RSA keys with keyCertSign or cRLSign, RFC 3279 recommends that keyEncipherment and dataEncipherment SHOULD NOT be present: a CA key that also decrypts can be used as a decryption oracle (e.g. in RSA key transport), and one key serving both purposes widens what a compromise of either use exposes.",
        Fix = "Issue the CA with keyUsage keyCertSign, cRLSign (and digitalSignature if it signs OCSP responses) only; use a separate key for encryption.",
        Example = "X509v3 Key Usage: critical Key Encipherment, Certificate Sign, CRL Sign (RSA key)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        var extension = certificate.Extension(Oids.KeyUsage);
        if (certificate.PublicKey.Algorithm.Oid != Oids.RsaEncryption || extension?.Decoded is not KeyUsage keyUsage)
        {
            return;
        }
        var signing = keyUsage.Flags & (KeyUsageFlags.KeyCertSign | KeyUsageFlags.CrlSign);
        var encipherment = keyUsage.Flags & (KeyUsageFlags.KeyEncipherment | KeyUsageFlags.DataEncipherment);
        if (signing != 0 && encipherment != 0)
        {
            findings.Add(Finding.At(Descriptor, $"RSA keyUsage has {KeyUsage.Describe(signing)} together with {KeyUsage.Describe(encipherment)}", extension.ValueLocation));
        }
    }
}
