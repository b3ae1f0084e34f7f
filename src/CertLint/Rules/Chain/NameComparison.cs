using CertLint.X509;
using CertLint.X509.Chains;

namespace CertLint.Rules.Chain;

/// <summary>
/// Distinguished name equality for the chain rules: byte equality, and RFC 5280 7.1 equality as chain building uses
/// it (same RDN count and order, each RDN the same attributes, string values compared after RFC 4518-style
/// preparation, other values as bytes). Compatibility normalisation (NFKC) is left out: the library runs with
/// invariant globalization, where it is not available.
/// </summary>
public static class NameComparison
{
    public static bool ByteEqual(DistinguishedName a, DistinguishedName b) => a.EncodingEquals(b);

    /// <summary>
    /// The chain builder's own equality (<see cref="NameKey.Equal"/>), so a rule never disagrees with the issuer it was
    /// given: a multi-valued RDN matches only the same multiset of attributes.
    /// </summary>
    public static bool Rfc5280Equal(DistinguishedName a, DistinguishedName b) => NameKey.Equal(a, b);

    /// <summary>RFC 4518 in short: case fold, no leading/trailing space, inner whitespace runs as one space.</summary>
    public static string Prepare(string text) => NameKey.Prepare(text);
}
