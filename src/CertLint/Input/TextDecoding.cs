using System.Text;

namespace CertLint.Input;

/// <summary>
/// Turns file bytes into text for PEM and base64 detection. UTF-16 (LE/BE, with BOM) is decoded; a UTF-8 BOM is
/// skipped; everything else is read as Latin-1 so that character offsets equal byte offsets.
/// </summary>
public static class TextDecoding
{
    /// <summary>How the file stores its text: the encoding's name, the bytes of its byte order mark, bytes per character.</summary>
    public static (string Encoding, int PrefixBytes, int BytesPerChar) Layout(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE)
        {
            return ("UTF-16LE", 2, 2);
        }
        if (data.Length >= 2 && data[0] == 0xFE && data[1] == 0xFF)
        {
            return ("UTF-16BE", 2, 2);
        }
        if (data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
        {
            return ("UTF-8 with BOM", 3, 1);
        }
        return ("text", 0, 1);
    }

    public static (string Text, string Encoding, int PrefixBytes, int BytesPerChar) Decode(ReadOnlySpan<byte> data)
    {
        var (encoding, prefix, unit) = Layout(data);
        var text = encoding switch
        {
            "UTF-16LE" => System.Text.Encoding.Unicode.GetString(data[prefix..(data.Length & ~1)]),
            "UTF-16BE" => System.Text.Encoding.BigEndianUnicode.GetString(data[prefix..(data.Length & ~1)]),
            _ => System.Text.Encoding.Latin1.GetString(data[prefix..]),
        };
        return (text, encoding, prefix, unit);
    }

    public static bool LooksLikeText(ReadOnlySpan<byte> data)
    {
        var sample = data[..Math.Min(data.Length, 512)];
        foreach (var b in sample)
        {
            if (b is < 0x09 or (> 0x0D and < 0x20) && b != 0x1B)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Base64 alphabet and whitespace only, and long enough to be an object.</summary>
    public static bool IsBareBase64(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=')
            {
                count++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }
        return count >= 16;
    }

    /// <summary>Base64 with any ASCII whitespace between characters (Convert skips space, tab, CR and LF).</summary>
    public static byte[]? TryBase64(ReadOnlySpan<char> text)
    {
        // Sized exactly from the characters that carry data, so the decoded bytes are not copied a second time.
        var buffer = new byte[DecodedLength(text)];
        if (!Convert.TryFromBase64Chars(text, buffer, out var written))
        {
            return null;
        }
        return written == buffer.Length ? buffer : buffer[..written];
    }

    /// <summary>The bytes well-formed base64 in <paramref name="text"/> decodes to (an upper bound for any other text).</summary>
    private static int DecodedLength(ReadOnlySpan<char> text)
    {
        var data = 0;
        var padding = 0;
        foreach (var c in text)
        {
            if (c == '=')
            {
                padding++;
            }
            else if (c > ' ')
            {
                data++;
            }
        }
        var total = data + padding;
        return total % 4 == 0 && padding <= 2 ? total / 4 * 3 - padding : text.Length * 3 / 4 + 3;
    }
}
