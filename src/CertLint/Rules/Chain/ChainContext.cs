using CertLint.X509;
using CertLint.X509.Chains;

namespace CertLint.Rules.Chain;

/// <summary>Small questions chain rules share about the issuer they were given or can find.</summary>
internal static class ChainContext
{
    /// <summary>The issuer, unless it is the certificate itself (a self-signed certificate judged against itself).</summary>
    public static Certificate? DistinctIssuer(RuleContext context) =>
        context.Issuer is { } issuer && !IsSame(issuer, context.Certificate) ? issuer : null;

    /// <summary>
    /// The issuer given by the engine; when it found none (its lookup wants equal names and agreeing key IDs), the
    /// input, --chain or trust-anchor certificate that most likely issued this one: first by RFC 5280 7.1 name
    /// equality, then by subjectKeyIdentifier = this certificate's authorityKeyIdentifier
    /// (<see cref="IssuerMatcher.LikelyIssuer"/>, an index lookup). That lets the rules that explain a broken link
    /// (names, key identifiers) run exactly when the engine could not link the certificate.
    /// </summary>
    public static Certificate? LikelyIssuer(RuleContext context)
    {
        if (context.Issuer is { } given)
        {
            return given;
        }
        return context.Certificate.IsSelfIssued ? null : context.ChainsOrSingle.Matcher.LikelyIssuer(context.Certificate);
    }

    private static bool IsSame(Certificate a, Certificate b) => ReferenceEquals(a, b) || a.Encoded.Span.SequenceEqual(b.Encoded.Span);

    public static string Describe(Certificate certificate) => certificate.Subject.IsEmpty ? "(empty subject)" : certificate.Subject.ToString();
}
