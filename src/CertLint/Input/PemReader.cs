namespace CertLint.Input;

/// <summary>One BEGIN..END block: its label, position in the text, and decoded bytes (or why they could not be decoded).</summary>
public sealed record PemBlock(int Index, string Label, int Offset, int Length, int LineStart, int LineEnd, byte[]? Data, bool HasHeaders, string? Error, int? ErrorOffset);

/// <summary>
/// Finds PEM blocks in text that may hold anything else around them (openssl's subject=/issuer= lines, comments,
/// mail headers), with CR, LF or CRLF line ends. Reports every block, good or bad, in order.
/// </summary>
public static class PemReader
{
    private const string BeginMarker = "-----BEGIN ";
    private const string EndMarker = "-----END ";
    private const string Dashes = "-----";

    public static bool ContainsPem(string text) => text.Contains(BeginMarker, StringComparison.Ordinal);

    public static List<PemBlock> Read(string text)
    {
        var blocks = new List<PemBlock>();
        var lineStarts = LineIndex(text);
        var position = 0;
        while (true)
        {
            var begin = text.IndexOf(BeginMarker, position, StringComparison.Ordinal);
            if (begin < 0)
            {
                break;
            }
            var lineEnd = EndOfLine(text, begin);
            var labelEnd = text.IndexOf(Dashes, begin + BeginMarker.Length, lineEnd - begin - BeginMarker.Length, StringComparison.Ordinal);
            if (labelEnd < 0)
            {
                position = lineEnd;
                continue;
            }
            var label = text[(begin + BeginMarker.Length)..labelEnd];
            var bodyStart = EndOfLine(text, labelEnd);
            var endTag = EndMarker + label + Dashes;
            // Every search stops at the next BEGIN line, so each stretch of text is scanned a fixed number of times
            // however many blocks lack an END line (searching to the end of the text from each one was quadratic).
            var nextBegin = text.IndexOf(BeginMarker, bodyStart, StringComparison.Ordinal);
            var stretch = (nextBegin >= 0 ? nextBegin : text.Length) - bodyStart;
            var end = text.IndexOf(endTag, bodyStart, stretch, StringComparison.Ordinal);
            var startLine = LineOf(lineStarts, begin);
            if (end < 0)
            {
                var anyEnd = text.IndexOf(EndMarker, bodyStart, stretch, StringComparison.Ordinal);
                var why = anyEnd >= 0
                    ? $"PEM block '{label}' ends with a different label (expected '{endTag}')"
                    : $"PEM block '{label}' has no END line (expected '{endTag}')";
                var stop = nextBegin >= 0 ? nextBegin : text.Length;
                blocks.Add(new PemBlock(blocks.Count, label, begin, stop - begin, startLine, LineOf(lineStarts, Math.Max(begin, stop - 1)), null, false, why, begin));
                position = stop;
                continue;
            }
            var blockEnd = end + endTag.Length;
            var (data, hasHeaders, error, errorOffset) = DecodeBody(text, bodyStart, end);
            blocks.Add(new PemBlock(blocks.Count, label, begin, blockEnd - begin, startLine, LineOf(lineStarts, end), data, hasHeaders, error, errorOffset));
            position = blockEnd;
        }
        return blocks;
    }

    private static (byte[]? Data, bool HasHeaders, string? Error, int? ErrorOffset) DecodeBody(string text, int start, int end)
    {
        var body = text.AsSpan(start, end - start);
        var hasHeaders = false;
        // RFC 1421 headers (Proc-Type, DEK-Info) end at the first blank line.
        if (body.Contains(':'))
        {
            var blank = body.IndexOf("\n\n");
            var blankCrlf = body.IndexOf("\r\n\r\n");
            var cut = blank >= 0 ? blank + 2 : blankCrlf >= 0 ? blankCrlf + 4 : -1;
            if (cut >= 0 && body[..cut].Contains(':'))
            {
                hasHeaders = true;
                start += cut;
                body = body[cut..];
            }
        }
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' || char.IsWhiteSpace(c)))
            {
                return (null, hasHeaders, $"invalid base64 character '{Printable(c)}' in PEM body", start + i);
            }
        }
        var data = TextDecoding.TryBase64(body);
        return data is null
            ? (null, hasHeaders, "invalid base64 in PEM body (bad length or padding)", start)
            : (data, hasHeaders, null, null);
    }

    private static string Printable(char c) => c < 0x20 || c > 0x7E ? $"\\x{(int)c:X2}" : c.ToString();

    /// <summary>Just past the line break (LF, CRLF or a lone CR, as classic Mac OS wrote) that ends the line at <paramref name="from"/>.</summary>
    private static int EndOfLine(string text, int from)
    {
        var brk = text.IndexOfAny(['\r', '\n'], from);
        if (brk < 0)
        {
            return text.Length;
        }
        return IsCrLf(text, brk) ? brk + 2 : brk + 1;
    }

    private static bool IsCrLf(string text, int i) => text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n';

    private static List<int> LineIndex(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && !IsCrLf(text, i)))
            {
                starts.Add(i + 1);
            }
        }
        return starts;
    }

    private static int LineOf(List<int> lineStarts, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
