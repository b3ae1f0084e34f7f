using System.Text;

namespace CertLint.X509.Chains;

/// <summary>
/// A distinguished name as a dictionary key that is equal for two names exactly when RFC 5280 7.1 comparison calls
/// them equal (same RDN order; each RDN the same set of attribute types; string values after RFC 4518-style
/// preparation, other values as bytes). Lets chain building find a name's certificates in O(1) instead of comparing
/// every pair.
/// </summary>
public static class NameKey
{
    public static string Of(DistinguishedName name)
    {
        var sb = new StringBuilder(name.Encoded.Length + 16);
        foreach (var rdn in name.Rdns)
        {
            var parts = rdn.Attributes
                .Select(a => a.Oid + (a.Value is { } v ? "=s:" + Prepare(v.Text) : "=b:" + Convert.ToHexString(a.EncodedValue.Span)))
                .Order(StringComparer.Ordinal);
            sb.Append('{');
            foreach (var part in parts)
            {
                // Length-prefixed, so no value can forge a separator.
                sb.Append(part.Length).Append(':').Append(part);
            }
            sb.Append('}');
        }
        return sb.ToString();
    }

    /// <summary>RFC 4518 in short: case fold, no leading/trailing space, inner whitespace runs as one space.</summary>
    public static string Prepare(string text)
    {
        var folded = text.ToLowerInvariant();
        var sb = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
