using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class ExtensionNsCertType : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.ns-cert-type",
        Title = "Deprecated Netscape certificate type extension",
        DefaultSeverity = Severity.Notice,
        Source = "CertLint",
        Citation = "RFC 5280 4.2.1.3/4.2.1.12 supersede it",
        Description = "Notes the Netscape nsCertType extension (2.16.840.1.113730.1.1).",
        Rationale = "nsCertType predates keyUsage/extKeyUsage (RFC 5280 defines neither it nor any use for it) and is deprecated. Stacks still parse it (Mbed TLS does, and rejects a malformed one), while OpenSSL applies it as an extra purpose restriction: usage may then differ between verifiers for one certificate.",
        Fix = "Drop nsCertType from the issuing profile (OpenSSL: remove 'nsCertType = ...') and rely on keyUsage and extKeyUsage.",
        Example = "Netscape Cert Type: SSL Server",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var extension = context.Certificate.Extension(Oids.NetscapeCertType);
        if (extension is not null)
        {
            var types = extension.Decoded is NetscapeCertType type ? string.Join(", ", type.Names) : "undecodable";
            findings.Add(Finding.At(Descriptor, $"deprecated nsCertType extension present ({(types.Length == 0 ? "no bits" : types)})", extension.Location));
        }
    }
}
