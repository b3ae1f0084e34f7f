namespace CertLint.Rules.Rfc5280;

/// <summary>
/// Syntax checks for the IA5String name forms of RFC 5280 4.2.1.6: dNSName (RFC 1034 3.5 preferred name syntax as
/// relaxed by RFC 1123 2.1), rfc822Name (local-part@domain, RFC 5322 addr-spec without quoting or comments) and
/// uniformResourceIdentifier (an absolute RFC 3986 URI). Each returns null when the name is fine, otherwise a short
/// description of the first problem ("has an empty label"). Allocation-free except for the returned text.
/// </summary>
public static class GeneralNameSyntax
{
    public const int MaxDnsNameLength = 253;
    public const int MaxLabelLength = 63;

    public static string? DnsNameProblem(string name, bool allowWildcard = true)
    {
        if (name.Length == 0)
        {
            return "is empty";
        }
        if (name.Contains(' '))
        {
            return "contains a space";
        }
        if (name[^1] == '.')
        {
            return "ends with a dot (a trailing root label is not allowed in certificates)";
        }
        if (name.Length > MaxDnsNameLength)
        {
            return $"is {name.Length} characters long (max {MaxDnsNameLength})";
        }
        if (name == "*")
        {
            return "is a bare wildcard '*' (a wildcard needs a domain to its right)";
        }
        var labelIndex = 0;
        var start = 0;
        while (start <= name.Length)
        {
            var end = name.IndexOf('.', start);
            if (end < 0)
            {
                end = name.Length;
            }
            var problem = LabelProblem(name.AsSpan(start, end - start), labelIndex, allowWildcard);
            if (problem is not null)
            {
                return problem;
            }
            labelIndex++;
            start = end + 1;
        }
        return null;
    }

    private static string? LabelProblem(ReadOnlySpan<char> label, int index, bool allowWildcard)
    {
        if (label.Length == 0)
        {
            return "has an empty label";
        }
        if (label.Length > MaxLabelLength)
        {
            return $"has a label of {label.Length} characters (max {MaxLabelLength})";
        }
        if (label.Contains('*'))
        {
            if (label.Length != 1)
            {
                return $"has a wildcard inside the label '{label}' (only a whole leftmost '*' label is allowed)";
            }
            if (index != 0)
            {
                return "has a wildcard that is not the leftmost label";
            }
            return allowWildcard ? null : "is a wildcard, which is not allowed here";
        }
        foreach (var c in label)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return $"contains '{Printable(c)}' (only letters, digits and hyphens are allowed)";
            }
        }
        if (label[0] == '-' || label[^1] == '-')
        {
            return $"has the label '{label}' starting or ending with a hyphen";
        }
        return null;
    }

    public static string? EmailProblem(string address)
    {
        if (address.Length == 0)
        {
            return "is empty";
        }
        var at = address.LastIndexOf('@');
        if (at < 0)
        {
            return "has no '@' (expected local-part@domain)";
        }
        if (at == 0)
        {
            return "has an empty local part";
        }
        foreach (var c in address.AsSpan(0, at))
        {
            if (c <= ' ' || c >= 0x7F || c is '@' or '(' or ')' or '<' or '>' or ',' or ';' or ':' or '\\' or '"' or '[' or ']')
            {
                return $"has '{Printable(c)}' in its local part";
            }
        }
        var domain = address[(at + 1)..];
        var domainProblem = DnsNameProblem(domain, allowWildcard: false);
        return domainProblem is null ? null : $"has a domain '{domain}' that {domainProblem}";
    }

    public static string? UriProblem(string uri)
    {
        if (uri.Length == 0)
        {
            return "is empty";
        }
        var colon = uri.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(uri[0]))
        {
            return "has no scheme (a relative reference is not allowed; expected e.g. http://host/path)";
        }
        for (var i = 1; i < colon; i++)
        {
            var c = uri[i];
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return "has no scheme (a relative reference is not allowed; expected e.g. http://host/path)";
            }
        }
        if (colon == uri.Length - 1)
        {
            return "has a scheme but nothing after it";
        }
        foreach (var c in uri)
        {
            if (c <= ' ' || c >= 0x7F || c is '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}')
            {
                return $"contains '{Printable(c)}', which must be percent-encoded";
            }
        }
        var scheme = uri.AsSpan(0, colon);
        if (IsHierarchical(scheme))
        {
            var rest = uri.AsSpan(colon + 1);
            if (!rest.StartsWith("//"))
            {
                return $"uses {scheme} without '//' and a host";
            }
            var authority = rest[2..];
            var slash = authority.IndexOfAny('/', '?', '#');
            var host = slash < 0 ? authority : authority[..slash];
            var userEnd = host.LastIndexOf('@');
            if (userEnd >= 0)
            {
                host = host[(userEnd + 1)..];
            }
            if (host.IsEmpty || host[0] == ':')
            {
                return "has an empty host";
            }
            return HostProblem(host);
        }
        return null;
    }

    /// <summary>The authority's host (port allowed): an [IPv6] literal, a dotted IPv4 address or a DNS name.</summary>
    private static string? HostProblem(ReadOnlySpan<char> hostAndPort)
    {
        if (hostAndPort[0] == '[')
        {
            return hostAndPort.IndexOf(']') > 1 ? null : "has an unterminated IPv6 literal host";
        }
        var colon = hostAndPort.IndexOf(':');
        var host = (colon < 0 ? hostAndPort : hostAndPort[..colon]).ToString();
        if (host.Contains('%'))
        {
            return null; // percent-encoded registered name: not checkable as a DNS name
        }
        if (System.Net.IPAddress.TryParse(host, out _) && host.Split('.').Length == 4)
        {
            return null;
        }
        var problem = DnsNameProblem(host, allowWildcard: false);
        return problem is null ? null : $"has a host '{host}' that {problem}";
    }

    private static bool IsHierarchical(ReadOnlySpan<char> scheme) =>
        scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
        || scheme.Equals("ldap", StringComparison.OrdinalIgnoreCase) || scheme.Equals("ftp", StringComparison.OrdinalIgnoreCase);

    /// <summary>The character itself, or its code point when it would not show (a control, space or non-ASCII).</summary>
    private static string Printable(char c) => c is > ' ' and < (char)0x7F ? c.ToString() : $"U+{(int)c:X4}";
}
