using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class CrlEntryCertificateIssuerWithoutIndirect : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.entry.certificate-issuer-without-indirect",
        Title = "certificateIssuer in a CRL that is not indirect",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.3.3, 5.2.5",
        Description = "Reports a certificateIssuer entry extension in a CRL whose issuingDistributionPoint does not assert indirectCRL.",
        Rationale = "certificateIssuer names the issuer of the revoked certificate in an indirect CRL; 5.2.5 ties its use to the indirectCRL flag of the issuing distribution point. In a CRL that is not indirect, verifiers that follow 6.3.3 ignore or reject the entry, so the revocation either applies to the wrong CA's certificate or to none.",
        Fix = "Issue the CRL with issuingDistributionPoint indirectCRL TRUE, or drop certificateIssuer from its entries.",
        Example = "Serial Number: 1001 ... X509v3 Certificate Issuer: critical DirName:/CN=Other CA (no indirectCRL)",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        if (context.Crl.IssuingDistributionPoint is { IndirectCrl: true })
        {
            yield break;
        }
        foreach (var entry in context.Crl.Revoked)
        {
            if (entry.Extension(Oids.CertificateIssuer) is { } extension)
            {
                yield return Finding.At(Descriptor, $"entry {entry.Index} (serial {entry.SerialHex}) has certificateIssuer but the CRL's issuingDistributionPoint does not assert indirectCRL", extension.Location);
            }
        }
    }
}
