using System.Formats.Asn1;
using System.Numerics;

namespace CertLint.Asn1;

/// <summary>
/// Reads primitive values leniently enough to describe broken certificates (a non-minimal INTEGER is still a
/// number; a BOOLEAN of 0x01 is still true) while recording each DER violation where it is.
/// </summary>
public static class AsnValues
{
    /// <summary>Prefix of the stand-in text for an OID whose encoding is not valid (followed by its content in hex).</summary>
    public const string InvalidOidPrefix = "invalid-oid:";

    /// <summary>
    /// The largest INTEGER read (32,768 bits, four times Mbed TLS's largest RSA modulus): every number read is printed in
    /// decimal somewhere, and .NET's decimal conversion is quadratic (a 400 KB serial number took 11 s to show).
    /// </summary>
    public const int MaxIntegerOctets = 4096;

    /// <summary>
    /// A number as text: decimal up to <see cref="MaxIntegerOctets"/>, its size past that (RSA numbers are read
    /// whole, for the rules, but never converted to decimal: a 100 KB exponent took 15 s to lint).
    /// </summary>
    public static string Decimal(BigInteger value) =>
        value.GetByteCount() <= MaxIntegerOctets ? value.ToString() : $"of {value.GetBitLength()} bits (too large to print)";

    public static (BigInteger Value, ReadOnlyMemory<byte> Raw) ReadInteger(AsnCursor cursor, string path, Asn1Tag? tag = null)
    {
        var tlv = cursor.Read(path, tag ?? Asn1Tag.Integer, "INTEGER");
        var raw = cursor.Content(tlv);
        if (raw.Length == 0)
        {
            throw new Asn1DecodeException(path, tlv.Offset, "empty INTEGER", "at least one content byte", "none");
        }
        if (raw.Length > MaxIntegerOctets)
        {
            throw new Asn1DecodeException(path, tlv.Offset, "INTEGER too large", $"at most {MaxIntegerOctets} octets", $"{raw.Length} octets");
        }
        var span = raw.Span;
        if (raw.Length > 1 && ((span[0] == 0x00 && span[1] < 0x80) || (span[0] == 0xFF && span[1] >= 0x80)))
        {
            cursor.Diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.DerViolation, "der.integer-not-minimal", path, tlv.Offset,
                "INTEGER not minimally encoded (leading 0x00 or 0xFF octet)"));
        }
        return (new BigInteger(span, isUnsigned: false, isBigEndian: true), raw);
    }

    public static int ReadSmallInteger(AsnCursor cursor, string path, Asn1Tag? tag = null)
    {
        var offset = cursor.Position;
        var (value, _) = ReadInteger(cursor, path, tag);
        if (value < int.MinValue || value > int.MaxValue)
        {
            throw new Asn1DecodeException(path, offset, "INTEGER out of range", "a value that fits 32 bits", value.ToString());
        }
        return (int)value;
    }

    public static bool ReadBoolean(AsnCursor cursor, string path)
    {
        var tlv = cursor.Read(path, Asn1Tag.Boolean, "BOOLEAN");
        var content = cursor.Content(tlv).Span;
        if (content.Length != 1)
        {
            throw new Asn1DecodeException(path, tlv.Offset, "BOOLEAN must be one octet", "1 octet", $"{content.Length} octets");
        }
        if (content[0] is not (0x00 or 0xFF))
        {
            cursor.Diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.DerViolation, "der.boolean-not-ff", path, tlv.Offset,
                $"BOOLEAN TRUE encoded as 0x{content[0]:X2}, DER requires 0xFF"));
        }
        return content[0] != 0;
    }

    public static (string Oid, Tlv Tlv) ReadOid(AsnCursor cursor, string path, Asn1Tag? tag = null)
    {
        var tlv = cursor.Read(path, tag ?? Asn1Tag.ObjectIdentifier, "OBJECT IDENTIFIER");
        try
        {
            var oid = AsnDecoder.ReadObjectIdentifier(cursor.Encoded(tlv).Span, AsnEncodingRules.BER, out _, tag);
            return (StringPool.Fields.Intern(oid), tlv);
        }
        catch (AsnContentException)
        {
            // Some stacks (Mbed TLS) accept empty or unterminated OIDs as opaque bytes; keep going and say so.
            var hex = Convert.ToHexStringLower(cursor.Content(tlv).Span);
            cursor.Diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.DerViolation, "asn1.oid-malformed", path, tlv.Offset,
                "malformed OBJECT IDENTIFIER", "base-128 arcs", hex.Length == 0 ? "no content" : hex));
            return (InvalidOidPrefix + hex, tlv);
        }
    }

    public static BitStringValue ReadBitString(AsnCursor cursor, string path, Asn1Tag? tag = null)
    {
        var expected = tag ?? Asn1Tag.PrimitiveBitString;
        var next = cursor.PeekTag();
        if (next is { IsConstructed: true } constructed && constructed.HasSameClassAndValue(expected))
        {
            var ctlv = cursor.Read(path);
            cursor.Diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.DerViolation, "der.constructed-string", path, ctlv.Offset,
                "constructed BIT STRING (BER), DER requires primitive"));
            try
            {
                var bytes = AsnDecoder.ReadBitString(cursor.Encoded(ctlv).Span, AsnEncodingRules.BER, out var unused, out _, constructed);
                return new BitStringValue(bytes, unused, ctlv.Locate(path));
            }
            catch (AsnContentException ex)
            {
                throw new Asn1DecodeException(path, ctlv.Offset, "malformed constructed BIT STRING: " + ex.Message);
            }
        }
        var tlv = cursor.Read(path, expected, "BIT STRING");
        var content = cursor.Content(tlv);
        if (content.Length == 0)
        {
            throw new Asn1DecodeException(path, tlv.Offset, "BIT STRING without its unused-bits octet", "1 or more octets", "0");
        }
        int unusedBits = content.Span[0];
        if (unusedBits > 7 || (content.Length == 1 && unusedBits != 0))
        {
            throw new Asn1DecodeException(path, tlv.Offset, "invalid unused-bits count in BIT STRING", "0..7 (0 when empty)", unusedBits.ToString());
        }
        var data = content[1..];
        if (unusedBits > 0 && (data.Span[^1] & ((1 << unusedBits) - 1)) != 0)
        {
            cursor.Diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.DerViolation, "der.bitstring-padding", path, tlv.Offset,
                "BIT STRING unused bits are not zero"));
        }
        return new BitStringValue(data, unusedBits, tlv.Locate(path));
    }

    /// <summary>
    /// A BIT STRING typed as a named bit list (keyUsage, nsCertType, ReasonFlags). DER (X.690 11.2.2) removes trailing
    /// 0 bits, so the last bit encoded must be a 1: a wrong unused-bits count (<c>03 02 05 80</c>) or a trailing zero
    /// octet (<c>03 03 07 06 00</c>) is recorded as <c>der.named-bit-list</c>.
    /// </summary>
    public static BitStringValue ReadNamedBitList(AsnCursor cursor, string path, Asn1Tag? tag = null)
    {
        var bits = ReadBitString(cursor, path, tag);
        if (bits.BitLength > 0 && !bits.IsSet(bits.BitLength - 1))
        {
            var last = bits.BitLength - 1;
            while (last >= 0 && !bits.IsSet(last))
            {
                last--;
            }
            var minimal = last < 0
                ? "03 01 00 (no bit set)"
                : $"{(last + 8) / 8} octet(s) with {7 - last % 8} unused bit(s)";
            cursor.Diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.DerViolation, "der.named-bit-list", path, bits.Location.Offset,
                "named bit list encoded with trailing 0 bits (DER removes them, X.690 11.2.2)",
                minimal, $"{bits.Bytes.Length} octet(s) with {bits.UnusedBits} unused bit(s)"));
        }
        return bits;
    }

    public static (ReadOnlyMemory<byte> Value, Tlv Tlv) ReadOctetString(AsnCursor cursor, string path, Asn1Tag? tag = null)
    {
        var expected = tag ?? Asn1Tag.PrimitiveOctetString;
        var next = cursor.PeekTag();
        if (next is { IsConstructed: true } constructed && constructed.HasSameClassAndValue(expected))
        {
            var ctlv = cursor.Read(path);
            cursor.Diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.DerViolation, "der.constructed-string", path, ctlv.Offset,
                "constructed OCTET STRING (BER), DER requires primitive"));
            try
            {
                return (AsnDecoder.ReadOctetString(cursor.Encoded(ctlv).Span, AsnEncodingRules.BER, out _, constructed), ctlv);
            }
            catch (AsnContentException ex)
            {
                throw new Asn1DecodeException(path, ctlv.Offset, "malformed constructed OCTET STRING: " + ex.Message);
            }
        }
        var tlv = cursor.Read(path, expected, "OCTET STRING");
        return (cursor.Content(tlv), tlv);
    }

    public static void ReadNull(AsnCursor cursor, string path)
    {
        var tlv = cursor.Read(path, Asn1Tag.Null, "NULL");
        if (tlv.ContentLength != 0)
        {
            throw new Asn1DecodeException(path, tlv.Offset, "NULL with content", "0 octets", $"{tlv.ContentLength} octets");
        }
    }
}

/// <summary>A BIT STRING's bytes and unused-bit count.</summary>
public sealed record BitStringValue(ReadOnlyMemory<byte> Bytes, int UnusedBits, FieldLocation Location)
{
    public int BitLength => Bytes.Length * 8 - UnusedBits;

    /// <summary>Bit <paramref name="index"/> in ASN.1 numbering (bit 0 is the most significant bit of the first byte).</summary>
    public bool IsSet(int index) => index < BitLength && (Bytes.Span[index / 8] & (0x80 >> (index % 8))) != 0;
}
