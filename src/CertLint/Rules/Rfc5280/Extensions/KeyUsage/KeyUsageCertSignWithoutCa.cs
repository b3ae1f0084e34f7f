using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyUsageCertSignWithoutCa : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.key-usage.cert-sign-without-ca",
        Title = "keyCertSign without cA TRUE",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.3, 4.2.1.9",
        Description = "Checks that keyCertSign is asserted only when basicConstraints says cA TRUE.",
        Rationale = "If keyCertSign is asserted, the cA bit in basicConstraints MUST also be asserted (and if cA is not asserted, keyCertSign MUST NOT be). A certificate with keyCertSign but no cA cannot issue anything in a conforming verifier, and usually means the wrong issuing template was used: either it was meant to be a CA, or it grants an end entity a usage it must not have.",
        Fix = "For a CA, add 'basicConstraints = critical, CA:TRUE'; for an end entity, drop keyCertSign from keyUsage.",
        Example = "X509v3 Key Usage: critical Digital Signature, Certificate Sign   (no CA:TRUE)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        var extension = certificate.Extension(Oids.KeyUsage);
        if (extension?.Decoded is KeyUsage keyUsage && keyUsage.Has(KeyUsageFlags.KeyCertSign) && !certificate.IsCa)
        {
            var why = certificate.BasicConstraints is null ? "there is no basicConstraints extension" : "basicConstraints cA is FALSE";
            findings.Add(Finding.At(Descriptor, $"keyUsage asserts keyCertSign but {why}", extension.Location));
        }
    }
}
