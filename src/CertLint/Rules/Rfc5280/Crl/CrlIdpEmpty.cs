using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class CrlIdpEmpty : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.idp.empty",
        Title = "issuingDistributionPoint is an empty sequence",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.2.5",
        Description = "Reports an issuingDistributionPoint whose SEQUENCE has no field (30 00).",
        Rationale = "\"Conforming CRL issuers MUST NOT issue CRLs where the DER encoding of the issuing distribution point extension is an empty sequence.\" A critical empty extension says nothing yet forces every verifier to process it; some (Go) reject the CRL.",
        Fix = "Leave issuingDistributionPoint out, or fill in the distribution point name or scope it describes.",
        Example = "X509v3 Issuing Distribution Point: critical (30 00)",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        if (context.Crl.Extension(Oids.IssuingDistributionPoint) is { Decoded: IssuingDistributionPoint { IsEmpty: true } } extension)
        {
            yield return Finding.At(Descriptor, "issuingDistributionPoint is an empty SEQUENCE", extension.ValueLocation);
        }
    }
}
