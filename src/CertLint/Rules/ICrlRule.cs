using CertLint.X509;
using CertLint.X509.Chains;

namespace CertLint.Rules;

/// <summary>
/// A CRL lint (RFC 5280 section 5): its descriptor and its check over one decoded CRL. Listed in
/// <see cref="Rfc5280.CrlPack"/>; the engine runs them on every CRL of an input (a PEM <c>X509 CRL</c> block, a DER CRL,
/// the crls [1] of a PKCS#7), with the profile's severities and the baseline like certificate rules.
/// </summary>
public interface ICrlRule
{
    RuleDescriptor Descriptor { get; }

    /// <summary>Zero or more findings, each with the default severity (the engine applies profile overrides).</summary>
    IEnumerable<Finding> Check(CrlRuleContext context);
}

/// <summary>What a CRL rule sees: the CRL, the certificate that issued it when the input, --chain or --ca holds it, and the clock.</summary>
public sealed class CrlRuleContext
{
    public required CertificateList Crl { get; init; }
    /// <summary>How the issuer was settled (null when no issuer search was made, e.g. a rule run on a lone CRL).</summary>
    public IssuerMatch? IssuerMatch { get; init; }
    /// <summary>The issuing CA: verified, not checkable (NameOnly), or for NotVerified the same-named candidate whose key fails.</summary>
    public Certificate? Issuer => IssuerMatch?.Issuer;
    public required TimeProvider Clock { get; init; }
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    public int IntParameter(string name, int fallback) =>
        Parameters.TryGetValue(name, out var text) && int.TryParse(text, out var value) ? value : fallback;
}
