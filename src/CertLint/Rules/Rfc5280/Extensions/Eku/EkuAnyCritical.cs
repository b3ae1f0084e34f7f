using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class EkuAnyCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.eku.any-critical",
        Title = "extKeyUsage with anyExtendedKeyUsage should not be critical",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.2.1.12",
        Description = "Checks that an extKeyUsage extension containing anyExtendedKeyUsage is not marked critical.",
        Rationale = "Conforming CAs SHOULD NOT mark extKeyUsage critical when anyExtendedKeyUsage is present: 'any purpose' and 'critical restriction' contradict each other, and applications that require a specific purpose when the extension is critical refuse the certificate.",
        Fix = "Drop anyExtendedKeyUsage and list the real purposes, or mark the extension non-critical.",
        Example = "X509v3 Extended Key Usage: critical TLS Web Server Authentication, Any Extended Key Usage",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var extension = context.Certificate.Extension(Oids.ExtKeyUsage);
        if (extension is { Critical: true, Decoded: ExtendedKeyUsage eku } && eku.Contains(Oids.AnyExtendedKeyUsage))
        {
            findings.Add(Finding.At(Descriptor, "extKeyUsage is critical and contains anyExtendedKeyUsage (2.5.29.37.0)", extension.Location));
        }
    }
}
