using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class CrlExtUnknownCritical : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.ext.unknown-critical",
        Title = "Critical CRL extension that RFC 5280 does not define",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.2",
        Description = "Reports a CRL extension marked critical whose OID is none of the CRL extensions of RFC 5280 5.2 (authorityKeyIdentifier, issuerAltName, cRLNumber, deltaCRLIndicator, issuingDistributionPoint, freshestCRL, authorityInfoAccess).",
        Rationale = "\"If a CRL contains a critical extension that the application cannot process, then the application MUST NOT use that CRL to determine the status of certificates.\" A private critical extension makes the CRL useless to every standard verifier (OpenSSL: X509_V_ERR_UNHANDLED_CRITICAL_CRL_EXTENSION), which then cannot check revocation at all.",
        Fix = "Mark private CRL extensions non-critical, or leave them out.",
        Example = "1.3.6.1.4.1.55555.1: critical",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        foreach (var extension in context.Crl.Extensions)
        {
            if (extension.Critical && !CrlExtensionDecoders.IsKnownCrlExtension(extension.Oid))
            {
                yield return Finding.At(Descriptor, $"critical CRL extension {extension.Name} is not a CRL extension of RFC 5280 (relying parties must not use the CRL)", extension.Location);
            }
        }
    }
}
