using static CertLint.Targets.MbedTls.MbedTlsErrorCodes;

namespace CertLint.Targets.MbedTls;

/// <summary>mbedtls_pem_read_buffer + mbedtls_base64_decode, for the "-----BEGIN CERTIFICATE-----" label only.</summary>
internal static class MbedTlsPemReader
{
    public const string Header = "-----BEGIN CERTIFICATE-----";
    public const string Footer = "-----END CERTIFICATE-----";

    /// <summary>Reads one block at or after <paramref name="start"/>; <paramref name="useLen"/> is how far the caller may skip.</summary>
    public static int Read(MbedTlsTarget target, byte[] data, int start, int stringEnd, out byte[]? der, out int useLen, out int blockAt)
    {
        der = null;
        useLen = 0;
        var s1 = IndexOf(data, start, stringEnd, Header);
        blockAt = s1;
        if (s1 < 0)
        {
            return PemNoHeaderFooterPresent;
        }
        // The footer is searched from the same start, so a stray footer before the header counts as missing.
        var s2 = IndexOf(data, start, stringEnd, Footer);
        if (s2 < 0 || s2 <= s1)
        {
            return PemNoHeaderFooterPresent;
        }

        s1 += Header.Length;
        if (At(data, s1) == ' ')
        {
            s1++;
        }

        if (At(data, s1) == '\r')
        {
            s1++;
        }

        if (At(data, s1) == '\n')
        {
            s1++;
        }
        else
        {
            return PemNoHeaderFooterPresent;
        }

        var end = s2 + Footer.Length;
        if (At(data, end) == ' ')
        {
            end++;
        }

        if (At(data, end) == '\r')
        {
            end++;
        }

        if (At(data, end) == '\n')
        {
            end++;
        }

        useLen = end - start;
        if (s2 - s1 >= 22 && data.AsSpan(s1, 22).SequenceEqual("Proc-Type: 4,ENCRYPTED"u8))
        {
            return -0x1300; // MBEDTLS_ERR_PEM_PASSWORD_REQUIRED: the certificate parser passes no password
        }

        if (s1 >= s2)
        {
            return PemInvalidData;
        }

        var ret = Base64Decode(target, data.AsSpan(s1, s2 - s1), out der);
        if (ret != 0)
        {
            return target.Add(PemInvalidData, ret);
        }
        // 3.x refuses an empty body outright (and mbedtls_x509_crt_parse then stops); 2.x parses the empty DER.
        if (der!.Length == 0 && !target.IsMajor2)
        {
            return BadInput(target);
        }

        return 0;
    }

    /// <summary>MBEDTLS_ERR_PEM_BAD_INPUT_DATA of the release (TF-PSA-Crypto aliases it to PSA_ERROR_INVALID_ARGUMENT).</summary>
    public static int BadInput(MbedTlsTarget target) => MbedTlsErrorCodes.Parse(target.Behaviour.PemBadInputCode) ?? PemBadInputData;

    private static int At(byte[] d, int i) => i < d.Length ? d[i] : 0;

    private static int IndexOf(byte[] d, int from, int to, string s) =>
        from >= to ? -1 : d.AsSpan(from, to - from).IndexOf(System.Text.Encoding.ASCII.GetBytes(s)) is var i && i >= 0 ? from + i : -1;

    /// <summary>mbedtls_base64_decode: spaces only at line ends, '=' only at the end (3.x also wants whole quanta).</summary>
    private static int Base64Decode(MbedTlsTarget target, ReadOnlySpan<byte> src, out byte[] output)
    {
        output = [];
        var digits = new List<int>();
        var equals = 0;
        for (var i = 0; i < src.Length; i++)
        {
            var spaces = false;
            while (i < src.Length && src[i] == ' ') { i++; spaces = true; }
            if (i == src.Length)
            {
                break;
            }

            if (src.Length - i >= 2 && src[i] == '\r' && src[i + 1] == '\n')
            {
                continue;
            }

            if (src[i] == '\n')
            {
                continue;
            }

            if (spaces || src[i] > 127)
            {
                return Base64InvalidCharacter;
            }

            if (src[i] == '=')
            {
                if (++equals > 2)
                {
                    return Base64InvalidCharacter;
                }
            }
            else
            {
                if (equals != 0)
                {
                    return Base64InvalidCharacter;
                }

                var v = Value(src[i]);
                if (v < 0)
                {
                    return Base64InvalidCharacter;
                }

                digits.Add(v);
            }
        }
        var n = digits.Count + equals;
        if (target.Behaviour.Base64ChecksQuantum && (digits.Count % 4 == 1 || n % 4 != 0))
        {
            return Base64InvalidCharacter;
        }
        // Bytes come out per complete quantum of four symbols ('=' included); an incomplete last quantum is dropped
        // (2.x, where nothing refuses it; 3.x refuses it above).
        var bytes = new List<byte>(digits.Count * 3 / 4);
        for (var g = 0; g + 4 <= n; g += 4)
        {
            var acc = 0;
            var pad = 0;
            for (var k = g; k < g + 4; k++)
            {
                acc <<= 6;
                if (k < digits.Count)
                {
                    acc |= digits[k];
                }
                else
                {
                    pad++;
                }
            }
            bytes.Add((byte)(acc >> 16));
            if (pad <= 1)
            {
                bytes.Add((byte)(acc >> 8));
            }

            if (pad <= 0)
            {
                bytes.Add((byte)acc);
            }
        }
        output = [.. bytes];
        return 0;
    }

    private static int Value(byte c) => c switch
    {
        >= (byte)'A' and <= (byte)'Z' => c - 'A',
        >= (byte)'a' and <= (byte)'z' => c - 'a' + 26,
        >= (byte)'0' and <= (byte)'9' => c - '0' + 52,
        (byte)'+' => 62,
        (byte)'/' => 63,
        _ => -1,
    };
}
