namespace CertLint.Targets.MbedTls;

/// <summary>The Mbed TLS error codes the certificate path can return (values from the releases' headers).</summary>
public static class MbedTlsErrorCodes
{
    public const int Asn1OutOfData = -0x0060;
    public const int Asn1UnexpectedTag = -0x0062;
    public const int Asn1InvalidLength = -0x0064;
    public const int Asn1LengthMismatch = -0x0066;
    public const int Asn1InvalidData = -0x0068;

    public const int Base64InvalidCharacter = -0x002C;

    public const int PemNoHeaderFooterPresent = -0x1080;
    public const int PemInvalidData = -0x1100;
    public const int PemBadInputData = -0x1480;

    public const int X509FeatureUnavailable = -0x2080;
    public const int X509UnknownOid = -0x2100;
    public const int X509InvalidFormat = -0x2180;
    public const int X509InvalidVersion = -0x2200;
    public const int X509InvalidSerial = -0x2280;
    public const int X509InvalidAlg = -0x2300;
    public const int X509InvalidName = -0x2380;
    public const int X509InvalidDate = -0x2400;
    public const int X509InvalidSignature = -0x2480;
    public const int X509InvalidExtensions = -0x2500;
    public const int X509UnknownVersion = -0x2580;
    public const int X509UnknownSigAlg = -0x2600;
    public const int X509SigMismatch = -0x2680;
    public const int X509CertVerifyFailed = -0x2700;
    public const int X509CertUnknownFormat = -0x2780;
    public const int X509BadInputData = -0x2800;

    public const int PkInvalidPubkey = -0x3B00;
    public const int PkInvalidAlg = -0x3A80;
    public const int PkUnknownNamedCurve = -0x3A00;
    public const int PkUnknownPkAlg = -0x3C80;
    public const int PkKeyInvalidFormat = -0x3D00;
    public const int PkBufferTooSmall = -0x3880;
    public const int PkFeatureUnavailable = -0x3980;

    public const int EcpBadInputData = -0x4F80;
    public const int EcpFeatureUnavailable = -0x4E80;
    public const int EcpInvalidKey = -0x4C80;

    public static string ToHex(int code) =>
        code == 0 ? "0" : code < 0 ? $"-0x{-code:X4}" : $"0x{code:X4}";

    /// <summary>Reads "-0x2562", "0x2562", "9570", "-9570"; null when it is none of these.</summary>
    public static int? Parse(string text)
    {
        var s = text.Trim();
        var negative = s.StartsWith('-');
        if (negative)
        {
            s = s[1..];
        }

        long value;
        if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            if (!long.TryParse(s[2..], System.Globalization.NumberStyles.HexNumber, null, out value))
            {
                return null;
            }
        }
        else if (!long.TryParse(s, System.Globalization.NumberStyles.None, null, out value))
        {
            // programs/util/strerror falls back to hex without a prefix.
            if (!long.TryParse(s, System.Globalization.NumberStyles.HexNumber, null, out value))
            {
                return null;
            }
        }
        if (value > int.MaxValue)
        {
            return null;
        }

        return negative ? -(int)value : (int)value;
    }
}
