using CertLint.Data;

namespace CertLint.Targets.MbedTls;

/// <summary>The MBEDTLS_X509_BADCERT_* flags and the text mbedtls_x509_crt_verify_info prints for each.</summary>
public sealed class MbedTlsVerifyFlags
{
    public const uint Expired = 0x01, Revoked = 0x02, CnMismatch = 0x04, NotTrusted = 0x08, Missing = 0x40,
        Skip = 0x80, Other = 0x100, Future = 0x200, KeyUsage = 0x800, ExtKeyUsage = 0x1000, NsCertType = 0x2000,
        BadMd = 0x4000, BadPk = 0x8000, BadKey = 0x10000;

    internal static MbedTlsVerifyFlags Shared { get; } = new(EmbeddedData.ReadText("targets/mbedtls-verify-flags.tsv"));

    private readonly Dictionary<uint, string> _texts = [];

    private MbedTlsVerifyFlags(string tsv)
    {
        foreach (var line in tsv.Split('\n'))
        {
            var cols = line.TrimEnd('\r').Split('\t');
            if (cols.Length < 3 || cols[0] != "flag")
            {
                continue;
            }

            _texts[Convert.ToUInt32(cols[1], 16)] = cols[2];
        }
    }

    public string Text(uint flag) => _texts.TryGetValue(flag, out var t) ? t : "Unknown reason (this should not happen)";

    /// <summary>Each set flag with its text, lowest bit first, as verify_info lists them.</summary>
    public IReadOnlyList<(uint Flag, string Text)> Describe(uint flags)
    {
        var list = new List<(uint, string)>();
        for (var bit = 0; bit < 32; bit++)
        {
            var flag = 1u << bit;
            if ((flags & flag) != 0)
            {
                list.Add((flag, Text(flag)));
            }
        }
        return list;
    }
}
