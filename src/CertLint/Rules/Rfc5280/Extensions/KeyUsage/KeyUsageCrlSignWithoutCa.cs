using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyUsageCrlSignWithoutCa : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.key-usage.crl-sign-without-ca",
        Title = "cRLSign in a certificate that is not a CA",
        DefaultSeverity = Severity.Notice,
        Source = "RFC 5280",
        Citation = "4.2.1.3, 5, 6.3.3 (f)",
        Description = "Reports keyUsage cRLSign in a certificate without basicConstraints cA TRUE.",
        Rationale = "cRLSign lets the key sign CRLs for the issuing CA. Most CRLs are signed by the CA itself; an end-entity certificate with cRLSign is usually a copied CA template and turns a server or device key into a key whose CRLs OpenSSL and Windows accept for that CA. Legitimate only for a delegated CRL issuer (RFC 5280 5), hence a notice.",
        Fix = "Drop cRLSign from end-entity keyUsage; keep it only in CA certificates and in certificates of delegated CRL issuers.",
        Example = "X509v3 Key Usage: critical Digital Signature, CRL Sign   (no CA:TRUE)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        var extension = certificate.Extension(Oids.KeyUsage);
        if (extension?.Decoded is KeyUsage keyUsage && keyUsage.Has(KeyUsageFlags.CrlSign) && !certificate.IsCa)
        {
            var why = certificate.BasicConstraints is null ? "there is no basicConstraints extension" : "basicConstraints cA is FALSE";
            findings.Add(Finding.At(Descriptor, $"keyUsage asserts cRLSign but {why} (only a delegated CRL issuer needs it)", extension.Location));
        }
    }
}
