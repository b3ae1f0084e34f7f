using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

/// <summary>Walks certificatePolicies for the values several rules inspect.</summary>
internal static class PolicyTexts
{
    /// <summary>Every explicitText in every user notice, with the policy it belongs to.</summary>
    public static IEnumerable<(PolicyInformation Policy, AsnString Text)> ExplicitTexts(Certificate certificate)
    {
        if (certificate.ReadableValue<CertificatePolicies>(Oids.CertificatePolicies) is not { } policies)
        {
            yield break;
        }
        foreach (var policy in policies.Policies)
        {
            foreach (var qualifier in policy.Qualifiers)
            {
                if (qualifier.Notice?.ExplicitText is { } text)
                {
                    yield return (policy, text);
                }
            }
        }
    }
}
