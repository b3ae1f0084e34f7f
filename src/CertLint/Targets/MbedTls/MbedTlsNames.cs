using System.Text;

namespace CertLint.Targets.MbedTls;

/// <summary>Name comparison (x509_name_cmp / x509_string_cmp) and a readable form like mbedtls_x509_dn_gets.</summary>
public static class MbedTlsNames
{
    private static readonly Dictionary<string, string> Short = new(StringComparer.Ordinal)
    {
        ["2.5.4.3"] = "CN", ["2.5.4.6"] = "C", ["2.5.4.7"] = "L", ["2.5.4.8"] = "ST", ["2.5.4.10"] = "O",
        ["2.5.4.11"] = "OU", ["2.5.4.5"] = "serialNumber", ["1.2.840.113549.1.9.1"] = "emailAddress",
        ["2.5.4.4"] = "SN", ["2.5.4.42"] = "GN", ["2.5.4.12"] = "title", ["0.9.2342.19200300.100.1.25"] = "DC",
    };

    /// <summary>0 when Mbed TLS considers the names equal: same OIDs, same RDN grouping, values equal byte for
    /// byte, or ASCII-case-insensitively when both are UTF8String/PrintableString of the same length.</summary>
    public static bool Equal(IReadOnlyList<MbedTlsNameAttribute> a, IReadOnlyList<MbedTlsNameAttribute> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!a[i].OidBytes.AsSpan().SequenceEqual(b[i].OidBytes))
            {
                return false;
            }

            if (!StringEqual(a[i], b[i]))
            {
                return false;
            }

            if (a[i].Merged != b[i].Merged)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A key equal for any two names <see cref="Equal"/> calls equal (and for a few it does not): OIDs, grouping, and
    /// each value with its tag, or ASCII letters folded when it is a UTF8String or PrintableString, the two types
    /// compared without case and without regard to which of the two they are.
    /// </summary>
    public static string SearchKey(IReadOnlyList<MbedTlsNameAttribute> name)
    {
        var key = new StringBuilder();
        foreach (var attribute in name)
        {
            key.Append(attribute.Merged ? '+' : ',').Append(Convert.ToHexString(attribute.OidBytes)).Append('=');
            var caseless = attribute.ValueTag is MbedTlsAsn1.Utf8String or MbedTlsAsn1.PrintableString;
            key.Append(caseless ? "s" : attribute.ValueTag.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(':');
            var value = caseless ? [.. attribute.Value.Select(b => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 32) : b)] : attribute.Value;
            key.Append(Convert.ToHexString(value));
        }
        return key.ToString();
    }

    private static bool StringEqual(MbedTlsNameAttribute a, MbedTlsNameAttribute b)
    {
        if (a.ValueTag == b.ValueTag && a.Value.AsSpan().SequenceEqual(b.Value))
        {
            return true;
        }

        static bool Caseless(int tag) => tag is MbedTlsAsn1.Utf8String or MbedTlsAsn1.PrintableString;
        if (!Caseless(a.ValueTag) || !Caseless(b.ValueTag) || a.Value.Length != b.Value.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Value.Length; i++)
        {
            var x = a.Value[i];
            var y = b.Value[i];
            if (x == y)
            {
                continue;
            }

            if ((x ^ y) != 32)
            {
                return false;
            }

            var lower = (byte)(x | 32);
            if (lower < 'a' || lower > 'z')
            {
                return false;
            }
        }
        return true;
    }

    public static string ToText(IReadOnlyList<MbedTlsNameAttribute> name)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < name.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(name[i - 1].Merged ? " + " : ", ");
            }

            var n = name[i];
            sb.Append(Short.TryGetValue(n.Oid, out var s) ? s : n.Oid).Append('=');
            foreach (var c in n.Value)
            {
                sb.Append(c is < 32 or >= 127 ? '?' : (char)c);
            }
        }
        return sb.ToString();
    }
}
