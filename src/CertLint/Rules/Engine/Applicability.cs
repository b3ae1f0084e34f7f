using CertLint.X509;

namespace CertLint.Rules.Engine;

/// <summary>Whether a rule looks at a certificate at all: its role, the rule's effective date, and a known issuer when needed.</summary>
public static class Applicability
{
    public static bool Applies(RuleDescriptor rule, Certificate certificate, CertificateRoles role, bool issuerKnown)
    {
        if ((rule.AppliesTo & role) == 0)
        {
            return false;
        }
        if (rule.NeedsIssuer && !issuerKnown)
        {
            return false;
        }
        // A certificate issued before the requirement existed is not held to it; an unreadable notBefore is.
        return rule.EffectiveDate is not { } effective || certificate.NotBefore.Value is not { } issued || issued >= effective;
    }
}
