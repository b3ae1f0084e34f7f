using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class CrlIdpOnlyContainsConflict : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.idp.only-contains-conflict",
        Title = "issuingDistributionPoint asserts more than one onlyContains flag",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.2.5",
        Description = "Reports an issuingDistributionPoint with two or more of onlyContainsUserCerts, onlyContainsCACerts, onlyContainsAttributeCerts set to TRUE.",
        Rationale = "\"At most one of onlyContainsUserCerts, onlyContainsCACerts, and onlyContainsAttributeCerts may be set to TRUE.\" A CRL that claims to cover only end-entity and only CA certificates covers nothing: OpenSSL flags it invalid (X509_V_ERR_INVALID_EXTENSION), others disagree on its scope.",
        Fix = "Assert one scope flag at most: onlyContainsUserCerts for an end-entity CRL, onlyContainsCACerts for an ARL.",
        Example = "X509v3 Issuing Distribution Point: critical Only User Certificates, Only CA Certificates",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        if (context.Crl.Extension(Oids.IssuingDistributionPoint) is { Decoded: IssuingDistributionPoint idp } extension)
        {
            var set = new[] { ("onlyContainsUserCerts", idp.OnlyContainsUserCerts), ("onlyContainsCACerts", idp.OnlyContainsCaCerts), ("onlyContainsAttributeCerts", idp.OnlyContainsAttributeCerts) }
                .Where(f => f.Item2).Select(f => f.Item1).ToList();
            if (set.Count > 1)
            {
                yield return Finding.At(Descriptor, $"issuingDistributionPoint sets {string.Join(" and ", set)} (at most one may be TRUE)", extension.ValueLocation);
            }
        }
    }
}
