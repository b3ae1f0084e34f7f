using System.Globalization;
using System.Text;

namespace CertLint.IO;

/// <summary>
/// The one escaping of hostile text (certificate fields, PEM labels, file names found in a walk, error messages that
/// quote them) for line-oriented output read by people and terminals. Every C0 control (including ESC, BEL, CR, LF,
/// TAB), DEL, every C1 control (including CSI U+009B), the bidirectional overrides and isolates (U+202A-202E,
/// U+2066-2069, U+200E/200F/061C marks), the line and paragraph separators U+2028/2029 and lone surrogates become a
/// visible <c>\u001b</c> escape, so no byte of a certificate can move the cursor, retitle a window, reorder text or
/// start a forged report line. A backslash is left alone: the escapes are for display, not for round trips.
/// </summary>
public static class TerminalText
{
    /// <summary>Escapes what a terminal would act on; other Unicode (CN=Müller, 日本) stays readable.</summary>
    public static string Escape(string? text) => Escape(text, asciiOnly: false);

    /// <summary>
    /// With <paramref name="asciiOnly"/>, every character outside printable ASCII is escaped too (PEM comment lines,
    /// which must stay 7-bit). Runes above U+FFFF are written <c>\U0001f600</c>.
    /// </summary>
    public static string Escape(string? text, bool asciiOnly)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }
        var clean = true;
        foreach (var c in text)
        {
            if (MustEscape(c) || (asciiOnly && c >= 0x7F))
            {
                clean = false;
                break;
            }
        }
        if (clean)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (asciiOnly)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"\\U{char.ConvertToUtf32(c, text[i + 1]):x8}");
                }
                else
                {
                    sb.Append(c).Append(text[i + 1]);
                }
                i++;
            }
            else if (MustEscape(c) || (asciiOnly && c >= 0x7F))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Text for an XML 1.0 document: the characters XML cannot hold at all (C0 controls other than TAB, LF and CR,
    /// U+FFFE/U+FFFF, lone surrogates) and those that act on a terminal or reorder a line where the report is shown
    /// (C1 controls, bidi marks, overrides and isolates: CI pages show JUnit text) become the same <c>\u001b</c>
    /// escapes; everything else is left to the XML writer.
    /// </summary>
    public static string ForXml(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }
        if (!NeedsXmlEscape(text))
        {
            // Almost every text: JUnit writes some 150 of them per certificate, so no copy is made.
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || EscapedInXml(c))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>A character other than a surrogate that <see cref="ForXml"/> escapes (surrogates: only when alone).</summary>
    private static bool EscapedInXml(char c) => (MustEscape(c) && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF';

    /// <summary>Whether <see cref="ForXml"/> changes anything: a character XML 1.0 cannot hold or a lone surrogate.</summary>
    private static bool NeedsXmlEscape(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c) && EscapedInXml(c))
            {
                return true;
            }
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    /// <summary>Multi-line text whose line breaks are meant (help pages): each line escaped, the '\n' between them kept.</summary>
    public static string EscapeLines(string text) => string.Join('\n', text.Split('\n').Select(line => Escape(line)));

    /// <summary>True for a character a terminal acts on or that reorders or breaks the displayed line.</summary>
    public static bool MustEscape(char c) => c switch
    {
        < (char)0x20 => true,
        >= (char)0x7F and <= (char)0x9F => true,
        '\u061C' or '\u200E' or '\u200F' => true,
        >= '\u2028' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => char.IsSurrogate(c),
    };
}

/// <summary>
/// A writer for line-oriented text output that escapes every string it is given with <see cref="TerminalText"/>: a
/// line is one <c>WriteLine</c> call, and a newline inside a value (a CN holding "\n#0 CN=fake ok") is shown as
/// <c>\u000a</c> instead of starting a forged line. With <c>keepNewlines</c> a '\n' inside trusted multi-line text
/// (help pages) is kept and everything else is still escaped.
/// </summary>
public sealed class TerminalTextWriter(TextWriter inner, bool keepNewlines = false) : TextWriter(inner.FormatProvider)
{
    public override System.Text.Encoding Encoding => inner.Encoding;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    /// <summary>Wraps once: a writer that already escapes is returned as it is.</summary>
    public static TextWriter Wrap(TextWriter writer) => writer is TerminalTextWriter ? writer : new TerminalTextWriter(writer);

    public override void Write(char value)
    {
        if (keepNewlines && value == '\n')
        {
            inner.Write(value);
        }
        else
        {
            inner.Write(TerminalText.MustEscape(value) ? TerminalText.Escape(value.ToString()) : value.ToString());
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }
        if (!keepNewlines)
        {
            inner.Write(TerminalText.Escape(value));
            return;
        }
        inner.Write(TerminalText.EscapeLines(value));
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override void Flush() => inner.Flush();
}
