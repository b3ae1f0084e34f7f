using CertLint.X509;

namespace CertLint.Rules.Chain;

/// <summary>Small questions chain rules share about the issuer they were given.</summary>
internal static class ChainContext
{
    /// <summary>The issuer, unless it is the certificate itself (a self-signed certificate judged against itself).</summary>
    public static Certificate? DistinctIssuer(RuleContext context) =>
        context.Issuer is { } issuer && !ReferenceEquals(issuer, context.Certificate) && issuer.Sha256 != context.Certificate.Sha256 ? issuer : null;

    public static string Describe(Certificate certificate) => certificate.Subject.IsEmpty ? "(empty subject)" : certificate.Subject.ToString();
}
