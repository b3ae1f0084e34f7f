using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class ExtensionUnknownCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.unknown-critical",
        Title = "Critical extension that verifiers do not recognize",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.2",
        Description = "Reports every extension marked critical whose OID is not a standard or well-known extension (CertLint neither decodes nor names it).",
        Rationale = "RFC 5280 4.2 requires a relying party to reject a certificate with a critical extension it does not recognize. Mbed TLS rejects it while parsing (-0x2562, INVALID_EXTENSIONS + UNEXPECTED_TAG; no opt-out in 3.x without an extension callback), as do OpenSSL and browsers, so such a certificate fails verification everywhere except in software written for that private extension.",
        Fix = "Mark the private extension non-critical, or drop it; only make it critical when every relying party is known to process it.",
        Example = "1.3.6.1.4.1.55555.1: critical",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var extension in context.Certificate.Extensions)
        {
            if (extension.Critical && !extension.IsKnown && !Oids.IsKnown(extension.Oid))
            {
                findings.Add(Finding.At(Descriptor, $"extension {extension.Oid} is critical but not a recognized extension; verifiers that do not know it must reject the certificate", extension.Location));
            }
        }
    }
}
