using System.Text;

namespace CertLint.Input;

/// <summary>
/// Turns file bytes into text for PEM and base64 detection. UTF-16 (LE/BE, with BOM) is decoded; a UTF-8 BOM is
/// skipped; everything else is read as Latin-1 so that character offsets equal byte offsets.
/// </summary>
public static class TextDecoding
{
    public static (string Text, string Encoding, int PrefixBytes, int BytesPerChar) Decode(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE)
        {
            return (System.Text.Encoding.Unicode.GetString(data[2..(data.Length & ~1)]), "UTF-16LE", 2, 2);
        }
        if (data.Length >= 2 && data[0] == 0xFE && data[1] == 0xFF)
        {
            return (System.Text.Encoding.BigEndianUnicode.GetString(data[2..(data.Length & ~1)]), "UTF-16BE", 2, 2);
        }
        if (data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
        {
            return (System.Text.Encoding.Latin1.GetString(data[3..]), "UTF-8 with BOM", 3, 1);
        }
        return (System.Text.Encoding.Latin1.GetString(data), "text", 0, 1);
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
        var buffer = new byte[text.Length * 3 / 4 + 3];
        return Convert.TryFromBase64Chars(text, buffer, out var written) ? buffer[..written] : null;
    }
}
