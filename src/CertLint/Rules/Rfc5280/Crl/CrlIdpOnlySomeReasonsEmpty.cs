using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class CrlIdpOnlySomeReasonsEmpty : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.idp.only-some-reasons-empty",
        Title = "issuingDistributionPoint onlySomeReasons with no reason",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.2.5, 6.3.3 (b)(2)",
        Description = "Reports an onlySomeReasons field whose ReasonFlags assert no reason at all.",
        Rationale = "onlySomeReasons lists the revocation reasons the CRL covers; present but empty, the CRL covers no reason, so by RFC 5280 6.3.3 a verifier can never complete reasons_mask with it and must fetch other CRLs or give up (status UNDETERMINED).",
        Fix = "List the reasons the CRL partition covers, or leave onlySomeReasons out for a CRL of every reason.",
        Example = "X509v3 Issuing Distribution Point: critical Only Some Reasons: <none>",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        if (context.Crl.IssuingDistributionPoint is { OnlySomeReasons: { } reasons }
            && !Enumerable.Range(0, reasons.BitLength).Any(reasons.IsSet))
        {
            yield return Finding.At(Descriptor, "issuingDistributionPoint onlySomeReasons asserts no reason", reasons.Location);
        }
    }
}
