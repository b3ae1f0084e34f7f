using CertLint.Data;

namespace CertLint.Targets.MbedTls;

/// <summary>
/// mbedtls_strerror of one release: split the code at mask 0xFF80 into a high and a low part, print
/// "HIGH : LOW", and "UNKNOWN ERROR CODE (XXXX)" for a part the release has no text for. The texts are the
/// release's own (rules/targets/strerror-*.tsv).
/// </summary>
public sealed class MbedTlsStrerror
{
    private const int SslFatalAlertMessage = 0x7780;
    private readonly Dictionary<int, string> _high = [];
    private readonly Dictionary<int, string> _low = [];

    internal MbedTlsStrerror(string tsv)
    {
        foreach (var line in tsv.Split('\n'))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("level\t", StringComparison.Ordinal))
            {
                continue;
            }

            var cols = line.TrimEnd('\r').Split('\t');
            var code = MbedTlsErrorCodes.Parse(cols[1]) ?? throw new InvalidDataException($"strerror table: bad code '{cols[1]}'");
            var table = cols[0] switch { "high" => _high, "low" => _low, _ => null };
            // "nomsg" rows document codes the release prints as UNKNOWN ERROR CODE.
            table?.TryAdd(-code, cols[^1]);
        }
    }

    public bool HasText(int code) => _high.ContainsKey(Math.Abs(code)) || _low.ContainsKey(Math.Abs(code));

    public string Text(int code)
    {
        // strerror negates negative codes; a positive code (a parse count) is used as it is.
        var ret = code < 0 ? -code : code;
        var text = "";
        if ((ret & 0xFF80) != 0)
        {
            var high = ret & 0xFF80;
            text = _high.TryGetValue(high, out var h) ? h : $"UNKNOWN ERROR CODE ({high:X4})";
            if (high == SslFatalAlertMessage)
            {
                return text;
            }
        }
        var low = ret & ~0xFF80;
        if (low == 0)
        {
            return text;
        }

        if (text.Length > 0)
        {
            text += " : ";
        }

        return text + (_low.TryGetValue(low, out var l) ? l : $"UNKNOWN ERROR CODE ({low:X4})");
    }

    /// <summary>What programs/util/strerror prints for a code given in decimal or hex, either sign.</summary>
    public string ProgramOutput(int code)
    {
        var val = code > 0 ? -code : code;
        return val == 0 ? "" : $"Last error was: -0x{-val:x4} - {Text(val)}";
    }

    internal static MbedTlsStrerror Load(string tableName) => new(EmbeddedData.ReadText("targets/" + tableName));
}
