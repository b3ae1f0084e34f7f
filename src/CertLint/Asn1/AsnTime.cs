using System.Formats.Asn1;
using System.Globalization;

namespace CertLint.Asn1;

/// <summary>
/// A UTCTime or GeneralizedTime exactly as encoded, with its instant when it can be read. The RFC 5280 form flags
/// (seconds present, Z present, no fraction) let rules judge the encoding without re-parsing.
/// </summary>
public sealed record AsnTime(UniversalTagNumber Type, string Encoded, DateTimeOffset? Value, bool HasSeconds, bool IsZulu, bool HasFraction, FieldLocation Location)
{
    public bool IsUtcTime => Type == UniversalTagNumber.UtcTime;

    /// <summary>The exact forms RFC 5280 4.1.2.5 allows: YYMMDDHHMMSSZ and YYYYMMDDHHMMSSZ.</summary>
    public bool IsRfc5280Form => Value is not null && HasSeconds && IsZulu && !HasFraction && Encoded.Length == (IsUtcTime ? 13 : 15);

    public static AsnTime Read(AsnCursor cursor, string path)
    {
        var tag = cursor.PeekTag();
        if (tag is not { } t || t.TagClass != TagClass.Universal || t.TagValue is not (23 or 24) || t.IsConstructed)
        {
            var found = tag is { } x ? AsnTags.Describe(x) : "end of data";
            throw new Asn1DecodeException(path, cursor.Position, "expected a time", "UTCTime or GeneralizedTime", found);
        }
        var tlv = cursor.Read(path, t);
        var text = System.Text.Encoding.Latin1.GetString(cursor.Content(tlv).Span);
        return Parse((UniversalTagNumber)t.TagValue, text, tlv.Locate(path));
    }

    public static AsnTime Parse(UniversalTagNumber type, string text, FieldLocation location)
    {
        var utc = type == UniversalTagNumber.UtcTime;
        var yearDigits = utc ? 2 : 4;
        var body = text;
        var zulu = body.EndsWith('Z');
        TimeSpan offset = TimeSpan.Zero;
        if (zulu)
        {
            body = body[..^1];
        }
        else if (body.Length > 5 && body[^5] is '+' or '-' && int.TryParse(body[^4..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var oh)
            && int.TryParse(body[^2..], NumberStyles.None, CultureInfo.InvariantCulture, out var om))
        {
            offset = new TimeSpan(oh, om, 0) * (body[^5] == '-' ? -1 : 1);
            body = body[..^5];
        }
        var fraction = 0.0;
        var hasFraction = false;
        var dot = body.IndexOfAny(['.', ',']);
        if (dot >= 0)
        {
            hasFraction = true;
            double.TryParse("0." + body[(dot + 1)..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out fraction);
            body = body[..dot];
        }
        var hasSeconds = body.Length == yearDigits + 10;
        DateTimeOffset? value = null;
        if ((hasSeconds || body.Length == yearDigits + 8) && body.All(char.IsAsciiDigit))
        {
            var year = int.Parse(body[..yearDigits], CultureInfo.InvariantCulture);
            if (utc)
            {
                year += year >= 50 ? 1900 : 2000; // RFC 5280 4.1.2.5.1
            }
            var p = yearDigits;
            int Two() { var v = int.Parse(body.AsSpan(p, 2), CultureInfo.InvariantCulture); p += 2; return v; }
            var (month, day, hour, minute) = (Two(), Two(), Two(), Two());
            var second = hasSeconds ? Two() : 0;
            if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                && hour <= 23 && minute <= 59 && second <= 59)
            {
                value = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddSeconds(fraction).ToUniversalTime();
            }
        }
        return new AsnTime(type, text, value, hasSeconds, zulu, hasFraction, location);
    }
}
