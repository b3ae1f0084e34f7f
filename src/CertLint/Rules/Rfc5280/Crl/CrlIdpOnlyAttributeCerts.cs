using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class CrlIdpOnlyAttributeCerts : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.idp.only-attribute-certs",
        Title = "issuingDistributionPoint asserts onlyContainsAttributeCerts",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.2.5",
        Description = "Reports an issuingDistributionPoint with onlyContainsAttributeCerts TRUE.",
        Rationale = "\"Conforming CRL issuers MUST set the onlyContainsAttributeCerts boolean to FALSE.\" A public-key-certificate verifier treats such a CRL as covering none of its certificates (RFC 5280 6.3.3 (b)(2)(iv)), so revocations listed in it are never applied.",
        Fix = "Issue attribute certificate revocation lists separately from RFC 5280 CRLs; leave the flag out.",
        Example = "X509v3 Issuing Distribution Point: critical Only Attribute Certificates",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        if (context.Crl.Extension(Oids.IssuingDistributionPoint) is { Decoded: IssuingDistributionPoint { OnlyContainsAttributeCerts: true } } extension)
        {
            yield return Finding.At(Descriptor, "issuingDistributionPoint sets onlyContainsAttributeCerts TRUE (conforming CRL issuers set it FALSE)", extension.ValueLocation);
        }
    }
}
