using System.Formats.Asn1;
using System.Text;

namespace CertLint.Asn1;

/// <summary>A character string as encoded: its ASN.1 type, raw content and (when the bytes are valid for the type) text.</summary>
public sealed record AsnString(UniversalTagNumber Type, int TagNumber, ReadOnlyMemory<byte> Raw, string Text, bool IsValidForType, FieldLocation Location)
{
    public string TypeName => AsnStrings.TypeName(TagNumber);
}

public static class AsnStrings
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf32Be = new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);

    public static string TypeName(int tagNumber) => tagNumber switch
    {
        12 => "UTF8String",
        18 => "NumericString",
        19 => "PrintableString",
        20 => "TeletexString",
        21 => "VideotexString",
        22 => "IA5String",
        26 => "VisibleString",
        27 => "GeneralString",
        28 => "UniversalString",
        30 => "BMPString",
        _ => $"tag {tagNumber}",
    };

    public static bool IsStringTag(Asn1Tag tag) =>
        tag.TagClass == TagClass.Universal && tag.TagValue is 12 or 18 or 19 or 20 or 21 or 22 or 26 or 27 or 28 or 30;

    /// <summary>Reads any string type (the caller checks which types it allows).</summary>
    public static AsnString Read(AsnCursor cursor, string path)
    {
        var tag = cursor.PeekTag();
        if (tag is not { } t || !IsStringTag(t))
        {
            var found = tag is { } x ? AsnTags.Describe(x) : "end of data";
            throw new Asn1DecodeException(path, cursor.Position, "expected a character string", "a string type", found);
        }
        ReadOnlyMemory<byte> raw;
        Tlv tlv;
        if (t.IsConstructed)
        {
            tlv = cursor.Read(path, t);
            cursor.Diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.DerViolation, "der.constructed-string", path, tlv.Offset,
                $"constructed {TypeName(t.TagValue)} (BER), DER requires primitive"));
            raw = Reassemble(cursor.Enter(tlv, path), path);
        }
        else
        {
            tlv = cursor.Read(path, t);
            raw = cursor.Content(tlv);
        }
        var (text, valid) = Decode(t.TagValue, raw.Span);
        return new AsnString((UniversalTagNumber)t.TagValue, t.TagValue, raw, text, valid, tlv.Locate(path));
    }

    /// <summary>BER constructed string: the concatenated contents of its primitive OCTET STRING segments.</summary>
    private static byte[] Reassemble(AsnCursor segments, string path)
    {
        var bytes = new List<byte>();
        while (segments.HasData)
        {
            var segment = segments.Read(FieldPaths.Child(path, ".segment"), Asn1Tag.PrimitiveOctetString, "OCTET STRING segment");
            bytes.AddRange(segments.Content(segment).Span);
        }
        return [.. bytes];
    }

    /// <summary>Decodes by the type's character set; invalid bytes still give readable text (with U+FFFD).</summary>
    public static (string Text, bool Valid) Decode(int tagNumber, ReadOnlySpan<byte> raw)
    {
        switch (tagNumber)
        {
            case 12:
                return TryStrict(StrictUtf8, raw, Encoding.UTF8);
            case 30:
                return raw.Length % 2 == 0 ? TryStrict(StrictUtf16Be, raw, Encoding.BigEndianUnicode) : (Encoding.BigEndianUnicode.GetString(raw), false);
            case 28:
                return raw.Length % 4 == 0 ? TryStrict(StrictUtf32Be, raw, new UTF32Encoding(true, false)) : (Encoding.Latin1.GetString(raw), false);
            case 20 or 21 or 27:
                return (Encoding.Latin1.GetString(raw), true);
            default:
                var text = Encoding.Latin1.GetString(raw);
                return (text, IsValid(tagNumber, text));
        }
    }

    private static (string, bool) TryStrict(Encoding strict, ReadOnlySpan<byte> raw, Encoding lenient)
    {
        try
        {
            return (strict.GetString(raw), true);
        }
        catch (DecoderFallbackException)
        {
            return (lenient.GetString(raw), false);
        }
    }

    private static bool IsValid(int tagNumber, string text) => tagNumber switch
    {
        18 => text.All(c => c is ' ' or (>= '0' and <= '9')),
        19 => text.All(IsPrintableChar),
        22 => text.All(c => c <= 0x7F),
        26 => text.All(c => c is >= (char)0x20 and <= (char)0x7E),
        _ => true,
    };

    public static bool IsPrintableChar(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or ' ' or '\'' or '(' or ')' or '+' or ',' or '-' or '.' or '/' or ':' or '=' or '?';
}
