using static CertLint.Targets.MbedTls.MbedTlsErrorCodes;

namespace CertLint.Targets.MbedTls;

/// <summary>
/// The handful of ASN.1 primitives Mbed TLS's asn1parse.c offers, with the same return codes and the same
/// position of the cursor after failure, because the final error code of a certificate depends on both.
/// Positions are indices into one buffer; <c>end</c> is exclusive.
/// </summary>
internal sealed class MbedTlsAsn1(MbedTlsBehaviour behaviour)
{
    public const byte Boolean = 0x01, Integer = 0x02, BitString = 0x03, OctetString = 0x04, Null = 0x05, Oid = 0x06,
        Utf8String = 0x0C, Sequence = 0x30, Set = 0x31, PrintableString = 0x13, T61String = 0x14, Ia5String = 0x16,
        UtcTime = 0x17, GeneralizedTime = 0x18, UniversalString = 0x1C, BmpString = 0x1E,
        ContextSpecific = 0x80, Constructed = 0x20;

    /// <summary>mbedtls_asn1_get_len: short form, or 1..4 length octets; the length must fit in what is left.</summary>
    public static int GetLen(byte[] b, ref int p, int end, out int len)
    {
        len = 0;
        if (end - p < 1)
        {
            return Asn1OutOfData;
        }

        if ((b[p] & 0x80) == 0)
        {
            len = b[p++];
        }
        else
        {
            var n = b[p] & 0x7F;
            if (n == 0 || n > 4)
            {
                return Asn1InvalidLength;
            }

            if (end - p <= n)
            {
                return Asn1OutOfData;
            }

            p++;
            long value = 0;
            while (n-- > 0)
            {
                value = (value << 8) | b[p++];
            }

            if (value > end - p)
            {
                return Asn1OutOfData;
            }

            len = (int)value;
            return 0;
        }
        return len > end - p ? Asn1OutOfData : 0;
    }

    /// <summary>mbedtls_asn1_get_tag: exactly one expected tag byte, then the length.</summary>
    public static int GetTag(byte[] b, ref int p, int end, out int len, int tag)
    {
        len = 0;
        if (end - p < 1)
        {
            return Asn1OutOfData;
        }

        if (b[p] != tag)
        {
            return Asn1UnexpectedTag;
        }

        p++;
        return GetLen(b, ref p, end, out len);
    }

    public static int GetBool(byte[] b, ref int p, int end, out bool value)
    {
        value = false;
        var ret = GetTag(b, ref p, end, out var len, Boolean);
        if (ret != 0)
        {
            return ret;
        }

        if (len != 1)
        {
            return Asn1InvalidLength;
        }

        value = b[p++] != 0;
        return 0;
    }

    /// <summary>mbedtls_asn1_get_int: non-negative and fits in a C int (2.28+ skip leading zero octets first).</summary>
    public int GetInt(byte[] b, ref int p, int end, out int value)
    {
        value = 0;
        var ret = GetTag(b, ref p, end, out var len, Integer);
        if (ret != 0)
        {
            return ret;
        }

        if (behaviour.Asn1IntSkipsLeadingZeros)
        {
            if (len == 0 || (b[p] & 0x80) != 0)
            {
                return Asn1InvalidLength;
            }

            while (len > 0 && b[p] == 0) { p++; len--; }
            if (len > 4 || (len == 4 && (b[p] & 0x80) != 0))
            {
                return Asn1InvalidLength;
            }
        }
        else if (len == 0 || len > 4 || (b[p] & 0x80) != 0)
        {
            return Asn1InvalidLength;
        }
        while (len-- > 0)
        {
            value = (value << 8) | b[p++];
        }

        return 0;
    }

    /// <summary>mbedtls_asn1_get_bitstring: unused-bits octet 0..7 and the string must end exactly at <paramref name="end"/>.</summary>
    public static int GetBitString(byte[] b, ref int p, int end, out int start, out int length, out int unusedBits)
    {
        start = length = unusedBits = 0;
        var ret = GetTag(b, ref p, end, out var len, BitString);
        if (ret != 0)
        {
            return ret;
        }

        if (len < 1)
        {
            return Asn1OutOfData;
        }

        unusedBits = b[p];
        if (unusedBits > 7)
        {
            return Asn1InvalidLength;
        }

        p++;
        start = p;
        length = len - 1;
        p += length;
        return p != end ? Asn1LengthMismatch : 0;
    }

    /// <summary>mbedtls_asn1_get_bitstring_null: a BIT STRING whose unused-bits octet is 0; the cursor stops after it.</summary>
    public int GetBitStringNull(byte[] b, ref int p, int end, out int len)
    {
        var ret = GetTag(b, ref p, end, out len, BitString);
        if (ret != 0)
        {
            return ret;
        }
        // 2.16 insisted on at least one content octet besides the unused-bits octet.
        if (len < behaviour.BitstringNullMinLength)
        {
            return Asn1InvalidData;
        }

        len--;
        if (b[p] != 0)
        {
            return Asn1InvalidData;
        }

        p++;
        return 0;
    }

    /// <summary>mbedtls_asn1_get_alg: SEQUENCE { OID, optional one parameter element }.</summary>
    public static int GetAlg(byte[] b, ref int p, int end, out Asn1Buf alg, out Asn1Buf parameters)
    {
        alg = default;
        parameters = default;
        var ret = GetTag(b, ref p, end, out var len, Constructed | Sequence);
        if (ret != 0)
        {
            return ret;
        }

        if (end - p < 1)
        {
            return Asn1OutOfData;
        }

        end = p + len;
        ret = GetTag(b, ref p, end, out var oidLen, Oid);
        if (ret != 0)
        {
            return ret;
        }

        alg = new Asn1Buf(Oid, p, oidLen);
        p += oidLen;
        if (p == end)
        {
            return 0;
        }

        var tag = b[p++];
        ret = GetLen(b, ref p, end, out var paramLen);
        if (ret != 0)
        {
            return ret;
        }

        parameters = new Asn1Buf(tag, p, paramLen);
        p += paramLen;
        return p != end ? Asn1LengthMismatch : 0;
    }

    /// <summary>mbedtls_asn1_get_sequence_of: SEQUENCE OF elements that all carry <paramref name="tag"/>.</summary>
    public static int GetSequenceOf(byte[] b, ref int p, int end, int tag, List<Asn1Buf> items)
    {
        var ret = GetTag(b, ref p, end, out var len, Constructed | Sequence);
        if (ret != 0)
        {
            return ret;
        }

        if (p + len != end)
        {
            return Asn1LengthMismatch;
        }

        while (p < end)
        {
            var t = b[p++];
            if (t != tag)
            {
                return Asn1UnexpectedTag;
            }

            ret = GetLen(b, ref p, end, out var itemLen);
            if (ret != 0)
            {
                return ret;
            }

            items.Add(new Asn1Buf(t, p, itemLen));
            p += itemLen;
        }
        return 0;
    }
}

/// <summary>mbedtls_asn1_buf: a tag and where its contents are. Tag 0 means "absent".</summary>
internal readonly record struct Asn1Buf(int Tag, int Offset, int Length)
{
    public bool IsAbsent => Tag == 0 && Length == 0;
    public ReadOnlySpan<byte> Span(byte[] b) => b.AsSpan(Offset, Length);
}
