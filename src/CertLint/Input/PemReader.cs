using System.Buffers;
using System.Text;
using CertLint.IO;

namespace CertLint.Input;

/// <summary>One BEGIN..END block: its label, position in the text, and decoded bytes (or why they could not be decoded).</summary>
public sealed record PemBlock(int Index, string Label, int Offset, int Length, int LineStart, int LineEnd, byte[]? Data, bool HasHeaders, string? Error, int? ErrorOffset);

/// <summary>
/// Finds PEM blocks in text that may hold anything else around them (openssl's subject=/issuer= lines, comments,
/// mail headers), with CR, LF or CRLF line ends. Reports every block, good or bad, in order. The text is a string
/// (UTF-16 files) or bytes read as Latin-1, one character per byte (every other file): a 17 MB bundle is not widened
/// into a 34 MB string first. Offsets are in characters either way.
/// </summary>
public static class PemReader
{
    private const string BeginMarker = "-----BEGIN ";
    private const string EndMarker = "-----END ";
    private const string Dashes = "-----";

    /// <summary>
    /// Labels are short words (RFC 7468); a longer one is an error block and is shown cut. A 63 MiB label was repeated
    /// in three messages per block and in the END line searched for: 2.9 GB and 198 MB of output.
    /// </summary>
    public const int MaxLabel = 256;

    public static bool ContainsPem(string text) => FirstBegin(text) >= 0;

    public static bool ContainsPem(ReadOnlySpan<byte> latin1) => FirstBegin(latin1) >= 0;

    /// <summary>
    /// The PEM blocks of a text, at most <paramref name="maxBlocks"/>; past them one more block, with an error, says
    /// where reading stopped (see <see cref="InputLimits"/>).
    /// </summary>
    public static List<PemBlock> Read(string text, int maxBlocks = InputLimits.MaxObjects) => Read<Utf16Text, char>(text.AsMemory(), maxBlocks);

    /// <summary>Text stored one character per byte (Latin-1; ASCII and UTF-8 files read byte by byte).</summary>
    public static List<PemBlock> Read(ReadOnlyMemory<byte> latin1, int maxBlocks = InputLimits.MaxObjects) => Read<Latin1Text, byte>(latin1, maxBlocks);

    /// <summary>Where the first "-----BEGIN " is, in characters, or -1.</summary>
    public static int FirstBegin(string text) => text.AsSpan().IndexOf(Utf16Text.Begin);

    public static int FirstBegin(ReadOnlySpan<byte> latin1) => latin1.IndexOf(Latin1Text.Begin);

    private static List<PemBlock> Read<TText, T>(ReadOnlyMemory<T> memory, int maxBlocks)
        where TText : struct, IPemText<T>
        where T : unmanaged, IEquatable<T>
    {
        var found = new List<Found>();
        var text = memory.Span;
        var lines = new LineCounter<TText, T>();
        var position = 0;
        while (true)
        {
            var begin = IndexOf(text, TText.Begin, position, text.Length - position);
            if (begin < 0)
            {
                break;
            }
            var lineEnd = EndOfLine<TText, T>(text, begin);
            var labelStart = begin + TText.Begin.Length;
            var labelEnd = IndexOf(text, TText.Dashes, labelStart, lineEnd - labelStart);
            if (labelEnd < 0)
            {
                position = lineEnd;
                continue;
            }
            var labelLength = labelEnd - labelStart;
            var label = labelLength > MaxLabel ? TText.StringOf(text.Slice(labelStart, MaxLabel)) + "..." : TText.StringOf(text[labelStart..labelEnd]);
            if (found.Count == maxBlocks)
            {
                var error = InputLimits.ObjectsExceeded(maxBlocks, "PEM blocks");
                found.Add(new Found(label, begin, text.Length - begin, lines.LineOf(text, begin), lines.LineOf(text, text.Length - 1), -1, -1, error));
                break;
            }
            if (labelLength > MaxLabel)
            {
                var next = IndexOf(text, TText.Begin, labelEnd, text.Length - labelEnd);
                var until = next >= 0 ? next : text.Length;
                var why = $"PEM label of {labelLength} characters (at most {MaxLabel})";
                found.Add(new Found(label, begin, until - begin, lines.LineOf(text, begin), lines.LineOf(text, Math.Max(begin, until - 1)), -1, -1, why));
                position = until;
                continue;
            }
            var bodyStart = EndOfLine<TText, T>(text, labelEnd);
            var endTag = EndMarker + label + Dashes;
            var endTagUnits = TText.UnitsOf(endTag);
            // Every search stops at the next BEGIN line, so each stretch of text is scanned a fixed number of times
            // however many blocks lack an END line (searching to the end of the text from each one was quadratic).
            var nextBegin = IndexOf(text, TText.Begin, bodyStart, text.Length - bodyStart);
            var stretch = (nextBegin >= 0 ? nextBegin : text.Length) - bodyStart;
            var end = IndexOf(text, endTagUnits, bodyStart, stretch);
            var startLine = lines.LineOf(text, begin);
            if (end < 0)
            {
                var anyEnd = IndexOf(text, TText.End, bodyStart, stretch);
                var why = anyEnd >= 0
                    ? $"PEM block '{label}' ends with a different label (expected '{endTag}')"
                    : $"PEM block '{label}' has no END line (expected '{endTag}')";
                var stop = nextBegin >= 0 ? nextBegin : text.Length;
                found.Add(new Found(label, begin, stop - begin, startLine, lines.LineOf(text, Math.Max(begin, stop - 1)), -1, -1, why));
                position = stop;
                continue;
            }
            var blockEnd = end + endTagUnits.Length;
            found.Add(new Found(label, begin, blockEnd - begin, startLine, lines.LineOf(text, end), bodyStart, end, null));
            position = blockEnd;
        }
        // The bodies are decoded on every core (base64 of a 10,000-certificate bundle is most of this reader's time).
        var blocks = new PemBlock[found.Count];
        Work.For(found.Count, i =>
        {
            var f = found[i];
            var (data, hasHeaders, error, errorOffset) = f.Error is null
                ? DecodeBody<TText, T>(memory.Span, f.BodyStart, f.BodyEnd)
                : (null, false, f.Error, f.Offset);
            blocks[i] = new PemBlock(i, f.Label, f.Offset, f.Length, f.LineStart, f.LineEnd, data, hasHeaders, error, errorOffset);
        });
        return [.. blocks];
    }

    private readonly record struct Found(string Label, int Offset, int Length, int LineStart, int LineEnd, int BodyStart, int BodyEnd, string? Error);

    private static int IndexOf<T>(ReadOnlySpan<T> text, ReadOnlySpan<T> value, int start, int count) where T : IEquatable<T>
    {
        var at = text.Slice(start, count).IndexOf(value);
        return at < 0 ? -1 : start + at;
    }

    private static (byte[]? Data, bool HasHeaders, string? Error, int? ErrorOffset) DecodeBody<TText, T>(ReadOnlySpan<T> text, int start, int end)
        where TText : struct, IPemText<T>
        where T : unmanaged, IEquatable<T>
    {
        var body = text[start..end];
        var hasHeaders = false;
        // RFC 1421 headers (Proc-Type, DEK-Info) end at the first blank line.
        if (body.Contains(TText.Colon))
        {
            var blank = body.IndexOf(TText.BlankLine);
            var blankCrlf = body.IndexOf(TText.BlankLineCrLf);
            var cut = blank >= 0 ? blank + 2 : blankCrlf >= 0 ? blankCrlf + 4 : -1;
            if (cut >= 0 && body[..cut].Contains(TText.Colon))
            {
                hasHeaders = true;
                start += cut;
                body = body[cut..];
            }
        }
        var invalid = body.IndexOfAnyExcept(TText.Base64Text);
        if (invalid >= 0)
        {
            return (null, hasHeaders, $"invalid base64 character '{Printable(TText.CharOf(body[invalid]))}' in PEM body", start + invalid);
        }
        var data = TText.TryBase64(body);
        return data is null
            ? (null, hasHeaders, "invalid base64 in PEM body (bad length or padding)", start)
            : (data, hasHeaders, null, null);
    }

    private static string Printable(char c) => c < 0x20 || c > 0x7E ? $"\\x{(int)c:X2}" : c.ToString();

    /// <summary>Just past the line break (LF, CRLF or a lone CR, as classic Mac OS wrote) that ends the line at <paramref name="from"/>.</summary>
    private static int EndOfLine<TText, T>(ReadOnlySpan<T> text, int from)
        where TText : struct, IPemText<T>
        where T : unmanaged, IEquatable<T>
    {
        var brk = text[from..].IndexOfAny(TText.Cr, TText.Lf);
        if (brk < 0)
        {
            return text.Length;
        }
        brk += from;
        return IsCrLf<TText, T>(text, brk) ? brk + 2 : brk + 1;
    }

    private static bool IsCrLf<TText, T>(ReadOnlySpan<T> text, int i)
        where TText : struct, IPemText<T>
        where T : unmanaged, IEquatable<T> =>
        text[i].Equals(TText.Cr) && i + 1 < text.Length && text[i + 1].Equals(TText.Lf);

    /// <summary>
    /// The 1-based line of an offset, for offsets asked in increasing order (as the reader finds blocks): it counts the
    /// line breaks (LF, CRLF or a lone CR) between the last offset asked and this one with vectorized counts, instead
    /// of indexing every line start of the text first (150,000 lines in a 10,000-certificate bundle).
    /// </summary>
    private struct LineCounter<TText, T>()
        where TText : struct, IPemText<T>
        where T : unmanaged, IEquatable<T>
    {
        private int _counted;
        private int _line = 1;

        public int LineOf(ReadOnlySpan<T> text, int offset)
        {
            if (offset < _counted)
            {
                (_counted, _line) = (0, 1);
            }
            var stretch = text[_counted..offset];
            _line += stretch.Count(TText.Lf);
            var carriageReturns = stretch.Count(TText.Cr);
            if (carriageReturns > 0)
            {
                // A CR followed by LF is one break, counted at its LF (which may lie just past this stretch).
                _line += carriageReturns - stretch.Count(TText.CrLf) - (offset < text.Length && IsCrLf<TText, T>(text, offset - 1) ? 1 : 0);
            }
            _counted = offset;
            return _line;
        }
    }

    /// <summary>The two ways the reader's text is stored: what it searches for and how it reads a character.</summary>
    private interface IPemText<T> where T : unmanaged, IEquatable<T>
    {
        static abstract ReadOnlySpan<T> Begin { get; }
        static abstract ReadOnlySpan<T> End { get; }
        static abstract ReadOnlySpan<T> Dashes { get; }
        static abstract ReadOnlySpan<T> BlankLine { get; }
        static abstract ReadOnlySpan<T> BlankLineCrLf { get; }
        static abstract T Colon { get; }
        static abstract ReadOnlySpan<T> CrLf { get; }
        static abstract T Cr { get; }
        static abstract T Lf { get; }
        static abstract char CharOf(T unit);
        static abstract string StringOf(ReadOnlySpan<T> units);
        static abstract T[] UnitsOf(string text);
        static abstract byte[]? TryBase64(ReadOnlySpan<T> body);

        /// <summary>What a PEM body may hold: base64 letters, digits, '+', '/', '=' and white space.</summary>
        static abstract SearchValues<T> Base64Text { get; }
    }

    private static bool IsBase64Text(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' || char.IsWhiteSpace(c);

    private readonly struct Utf16Text : IPemText<char>
    {
        public static ReadOnlySpan<char> Begin => BeginMarker;
        public static ReadOnlySpan<char> End => EndMarker;
        public static ReadOnlySpan<char> Dashes => PemReader.Dashes;
        public static ReadOnlySpan<char> BlankLine => "\n\n";
        public static ReadOnlySpan<char> BlankLineCrLf => "\r\n\r\n";
        public static char Colon => ':';
        public static ReadOnlySpan<char> CrLf => "\r\n";
        public static char Cr => '\r';
        public static char Lf => '\n';
        public static char CharOf(char unit) => unit;
        public static string StringOf(ReadOnlySpan<char> units) => new(units);
        public static char[] UnitsOf(string text) => text.ToCharArray();
        public static byte[]? TryBase64(ReadOnlySpan<char> body) => TextDecoding.TryBase64(body);
        public static SearchValues<char> Base64Text { get; } =
            SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(IsBase64Text)]);
    }

    /// <summary>The markers as bytes: u8 literals cannot be built from the string constants, so they are spelled again here.</summary>
    private readonly struct Latin1Text : IPemText<byte>
    {
        public static ReadOnlySpan<byte> Begin => "-----BEGIN "u8;
        public static ReadOnlySpan<byte> End => "-----END "u8;
        public static ReadOnlySpan<byte> Dashes => "-----"u8;
        public static ReadOnlySpan<byte> BlankLine => "\n\n"u8;
        public static ReadOnlySpan<byte> BlankLineCrLf => "\r\n\r\n"u8;
        public static byte Colon => (byte)':';
        public static ReadOnlySpan<byte> CrLf => "\r\n"u8;
        public static byte Cr => (byte)'\r';
        public static byte Lf => (byte)'\n';
        public static char CharOf(byte unit) => (char)unit;
        public static string StringOf(ReadOnlySpan<byte> units) => Encoding.Latin1.GetString(units);

        // A label read from this text is Latin-1, so it encodes back to the same bytes.
        public static byte[] UnitsOf(string text) => Encoding.Latin1.GetBytes(text);

        public static SearchValues<byte> Base64Text { get; } =
            SearchValues.Create([.. Enumerable.Range(0, 256).Where(b => IsBase64Text((char)b)).Select(b => (byte)b)]);

        public static byte[]? TryBase64(ReadOnlySpan<byte> body)
        {
            // Widened one body at a time, so the base64 rules are exactly those of the UTF-16 text.
            var chars = ArrayPool<char>.Shared.Rent(body.Length);
            try
            {
                var count = Encoding.Latin1.GetChars(body, chars);
                return TextDecoding.TryBase64(chars.AsSpan(0, count));
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }
}
