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
    /// <summary>
    /// The last two names keyed on this thread: the leaves of a bundle share their issuer's decoded name
    /// (DecodedParts), so chain building asks for the same object's key once per leaf, between the keys of their own
    /// subjects.
    /// </summary>
    [ThreadStatic]
    private static (DistinguishedName Name, string Key)? _last;

    [ThreadStatic]
    private static (DistinguishedName Name, string Key)? _previous;

    public static string Of(DistinguishedName name)
    {
        if (_last is { } last && ReferenceEquals(last.Name, name))
        {
            return last.Key;
        }
        if (_previous is { } previous && ReferenceEquals(previous.Name, name))
        {
            return previous.Key;
        }
        var key = Build(name);
        _previous = _last;
        _last = (name, key);
        return key;
    }

    /// <summary>
    /// RFC 5280 7.1 equality, <c>Of(a) == Of(b)</c>, without building keys when the encodings are equal or the names'
    /// shapes (RDN count, attributes per RDN) differ.
    /// </summary>
    public static bool Equal(DistinguishedName a, DistinguishedName b)
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
            if (a.Rdns[i].Attributes.Count != b.Rdns[i].Attributes.Count)
            {
                return false;
            }
        }
        return Of(a) == Of(b);
    }

    /// <summary>This thread's builder, reused: chain building keys the subject of every certificate of a bundle.</summary>
    [ThreadStatic]
    private static StringBuilder? _builder;

    private static string Build(DistinguishedName name)
    {
        var sb = _builder ??= new StringBuilder(256);
        sb.Clear();
        foreach (var rdn in name.Rdns)
        {
            sb.Append('{');
            if (rdn.Attributes.Count == 1)
            {
                AppendPart(sb, rdn.Attributes[0]);
            }
            else
            {
                foreach (var part in rdn.Attributes.Select(Part).Order(StringComparer.Ordinal))
                {
                    sb.Append(part.Length).Append(':').Append(part);
                }
            }
            sb.Append('}');
        }
        var key = sb.ToString();
        if (sb.Capacity > 4_096)
        {
            // A huge name does not keep its builder's memory for the rest of the run.
            _builder = null;
        }
        return key;
    }

    private static string Part(NameAttribute a) =>
        a.Oid + (a.Value is { } v ? "=s:" + Prepare(v.Text) : "=b:" + Convert.ToHexString(a.EncodedValue.Span));

    /// <summary>What appending <see cref="Part"/> length-prefixed does (no value can forge a separator), without building the part.</summary>
    private static void AppendPart(StringBuilder sb, NameAttribute a)
    {
        if (a.Value is not { } v)
        {
            var part = Part(a);
            sb.Append(part.Length).Append(':').Append(part);
            return;
        }
        var text = v.Text;
        if (Ascii.IsValid(text) && IsPrepared(text))
        {
            // Most values: ASCII with nothing to trim or squeeze, so preparing only lowercases A-Z, done here in place
            // of a lowercased copy (what ToLowerInvariant does to ASCII).
            sb.Append(a.Oid.Length + 3 + text.Length).Append(':').Append(a.Oid).Append("=s:");
            foreach (var c in text)
            {
                sb.Append(char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c);
            }
            return;
        }
        var prepared = Prepare(text);
        sb.Append(a.Oid.Length + 3 + prepared.Length).Append(':').Append(a.Oid).Append("=s:").Append(prepared);
    }

    /// <summary>RFC 4518 in short: case fold, no leading/trailing space, inner whitespace runs as one space.</summary>
    public static string Prepare(string text)
    {
        var folded = text.ToLowerInvariant();
        if (IsPrepared(folded))
        {
            return folded;
        }
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

    /// <summary>Already folded with single inner spaces and none at the ends (most names): nothing to rebuild.</summary>
    private static bool IsPrepared(string folded)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            if (char.IsWhiteSpace(folded[i]) && (folded[i] != ' ' || i == 0 || i == folded.Length - 1 || folded[i + 1] == ' '))
            {
                return false;
            }
        }
        return true;
    }
}
