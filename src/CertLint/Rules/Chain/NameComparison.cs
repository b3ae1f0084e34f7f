using CertLint.X509;
using CertLint.X509.Chains;

namespace CertLint.Rules.Chain;

/// <summary>
/// Distinguished name equality as RFC 5280 7.1 defines it for chaining: same RDN count and order, each RDN the same
/// set of attribute types, string values compared after RFC 4518-style preparation (Unicode case folding,
/// insignificant whitespace removed); non-string values compared as bytes. Compatibility normalisation (NFKC) is left
/// out: the library runs with invariant globalization, where it is not available.
/// </summary>
public static class NameComparison
{
    public static bool ByteEqual(DistinguishedName a, DistinguishedName b) => a.EncodingEquals(b);

    public static bool Rfc5280Equal(DistinguishedName a, DistinguishedName b)
    {
        if (a.EncodingEquals(b))
        {
            return true;
        }
        if (a.Rdns.Count != b.Rdns.Count)
        {
            return false;
        }
        for (var i = 0; i < a.Rdns.Count; i++)
        {
            if (!RdnEqual(a.Rdns[i], b.Rdns[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool RdnEqual(RelativeDistinguishedName a, RelativeDistinguishedName b)
    {
        if (a.Attributes.Count != b.Attributes.Count)
        {
            return false;
        }
        foreach (var attribute in a.Attributes)
        {
            var found = false;
            foreach (var other in b.Attributes)
            {
                if (attribute.Oid == other.Oid && ValueEqual(attribute, other))
                {
                    found = true;
                    break;
                }
            }
            if (!found)
            {
                return false;
            }
        }
        return true;
    }

    private static bool ValueEqual(NameAttribute a, NameAttribute b)
    {
        if (a.Value is { } x && b.Value is { } y)
        {
            return Prepare(x.Text) == Prepare(y.Text);
        }
        return a.EncodedValue.Span.SequenceEqual(b.EncodedValue.Span);
    }

    /// <summary>RFC 4518 in short: case fold, no leading/trailing space, inner whitespace runs as one space.</summary>
    public static string Prepare(string text) => NameKey.Prepare(text);
}
