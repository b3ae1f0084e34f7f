using System.Text;
using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

/// <summary>
/// The A-labels ("xn--" + Punycode, RFC 5890/3492) of subjectAltName dNSNames, decoded to their U-labels for the
/// IDN rules. The Punycode decoder is written out here (RFC 3492 section 6.2) so the result does not depend on the
/// ICU version the runtime happens to load.
/// </summary>
internal static class IdnLabels
{
    /// <summary>Every A-label of every SAN dNSName with its decoded U-label (null when the Punycode is malformed).</summary>
    public static IEnumerable<(GeneralName Name, string Label, string? Unicode)> OfSan(Certificate certificate)
    {
        if (certificate.ReadableValue<AltName>(Oids.SubjectAltName) is not { } san)
        {
            yield break;
        }
        foreach (var name in san.Names)
        {
            if (name.Kind != GeneralNameKind.DnsName)
            {
                continue;
            }
            foreach (var label in name.Text.Split('.'))
            {
                if (label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
                {
                    yield return (name, label, Decode(label[4..]));
                }
            }
        }
    }

    private const int Base = 36, TMin = 1, TMax = 26, Skew = 38, Damp = 700, InitialBias = 72, InitialN = 128;

    /// <summary>RFC 3492 decoding of the part after "xn--"; null when it is not valid Punycode or decodes to nothing.</summary>
    public static string? Decode(string input)
    {
        if (input.Length == 0)
        {
            return null;
        }
        var output = new List<int>();
        var delimiter = input.LastIndexOf('-');
        for (var j = 0; j < Math.Max(delimiter, 0); j++)
        {
            if (input[j] >= 0x80)
            {
                return null;
            }
            output.Add(input[j]);
        }
        long n = InitialN, i = 0, bias = InitialBias;
        for (var pos = delimiter > 0 ? delimiter + 1 : 0; pos < input.Length;)
        {
            var oldI = i;
            long w = 1;
            for (long k = Base; ; k += Base)
            {
                if (pos >= input.Length)
                {
                    return null;
                }
                var digit = Digit(input[pos++]);
                if (digit < 0 || digit > (int.MaxValue - i) / w)
                {
                    return null;
                }
                i += digit * w;
                var t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                if (digit < t)
                {
                    break;
                }
                if (w > int.MaxValue / (Base - t))
                {
                    return null;
                }
                w *= Base - t;
            }
            bias = Adapt(i - oldI, output.Count + 1, oldI == 0);
            n += i / (output.Count + 1);
            i %= output.Count + 1;
            if (n > 0x10FFFF || n is >= 0xD800 and <= 0xDFFF || n < 0x80)
            {
                return null;
            }
            output.Insert((int)i, (int)n);
            i++;
        }
        if (output.Count == 0 || delimiter == input.Length - 1 && output.All(c => c < 0x80))
        {
            // "xn--abc-" would decode to plain ASCII: not a valid A-label.
            return null;
        }
        var text = new StringBuilder();
        foreach (var codePoint in output)
        {
            text.Append(char.ConvertFromUtf32(codePoint));
        }
        return text.ToString();
    }

    private static int Digit(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= 'A' and <= 'Z' => c - 'A',
        >= '0' and <= '9' => c - '0' + 26,
        _ => -1,
    };

    private static long Adapt(long delta, int numPoints, bool firstTime)
    {
        delta = firstTime ? delta / Damp : delta / 2;
        delta += delta / numPoints;
        var k = 0L;
        while (delta > (Base - TMin) * TMax / 2)
        {
            delta /= Base - TMin;
            k += Base;
        }
        return k + (Base - TMin + 1) * delta / (delta + Skew);
    }
}
