using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using CertLint.Targets.MbedTls;

namespace CertLint.Tests.Targets.MbedTls.Differential;

/// <summary>
/// One real-world item of fixtures/mbedtls/differential/realworld/: a certificate file as its project ships it
/// (zlint's test certificates with their text dump, x509-limbo's certificates; verified with the file itself as the
/// trusted list) or an x509-limbo chain with its trusted roots and validation time.
/// </summary>
internal sealed record RealWorldItem(string Id, string Kind, byte[] File, byte[]? Der, byte[] Ca, DateTimeOffset? Clock)
{
    public bool IsChain => Kind == "chain";

    /// <summary>Start of SHA-256 of the file (and a chain's CA file), so a changed bundle is caught.</summary>
    public string Sha8 => Convert.ToHexString(SHA256.HashData(IsChain ? [.. File, .. Ca] : File))[..8].ToLowerInvariant();
}

/// <summary>
/// The real-world corpus (collect.sh) and the same questions as the mutant corpus. A certificate row's cell is
/// parse_der on the first CERTIFICATE block's bytes | parse_file on those bytes | parse_file on the file as
/// shipped | verify default | next | suiteb of what that loaded, trusting what the same file loaded (so a
/// self-signed certificate is its own anchor), at the recording clock; a chain row's is - | - | parse_file(chain) |
/// verify default | next | suiteb against what parse_file loaded from the trusted roots, at the case's validation
/// time (the recording clock when it has none).
/// </summary>
internal static class RealWorldCorpus
{
    public static string Dir(params string[] parts) => MbedTlsFixtures.Path(["differential", "realworld", .. parts]);

    public static List<RealWorldItem> Load()
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using (var gz = new GZipStream(System.IO.File.OpenRead(Dir("bundle.tar.gz")), CompressionMode.Decompress))
        using (var tar = new TarReader(gz))
        {
            while (tar.GetNextEntry() is { } entry)
            {
                using var ms = new MemoryStream();
                entry.DataStream?.CopyTo(ms);
                files[entry.Name] = ms.ToArray();
            }
        }
        var items = new List<RealWorldItem>();
        foreach (var line in System.IO.File.ReadLines(Dir("manifest.tsv")).Skip(2))
        {
            var f = line.Split('\t');
            var file = files[f[2]];
            items.Add(f[1] == "chain"
                ? new RealWorldItem(f[0], f[1], file, null, files[f[3]], f[4] == "-" ? null : DateTimeOffset.Parse(f[4], CultureInfo.InvariantCulture))
                : new RealWorldItem(f[0], f[1], file, FirstCertificate(file), file, null));
        }
        return items;
    }

    /// <summary>The bytes of the first "-----BEGIN CERTIFICATE-----" block, or null when its base64 is broken.</summary>
    public static byte[]? FirstCertificate(byte[] file)
    {
        var text = Encoding.Latin1.GetString(file);
        const string begin = "-----BEGIN CERTIFICATE-----", end = "-----END CERTIFICATE-----";
        var b = text.IndexOf(begin, StringComparison.Ordinal);
        var e = b < 0 ? -1 : text.IndexOf(end, b, StringComparison.Ordinal);
        if (e < 0)
        {
            return null;
        }
        var body = new string([.. text[(b + begin.Length)..e].Where(c => !char.IsWhiteSpace(c))]);
        try
        {
            return Convert.FromBase64String(body);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static string Emulate(MbedTlsEmulator e, RealWorldItem item, DateTimeOffset recordingClock)
    {
        var cells = new List<string>
        {
            item.Der is null ? "-" : DifferentialCorpus.Hex(e.ParseDer(item.Der).Code),
            item.Der is null ? "-" : FileCell(e.ParseFile(item.Der)),
        };
        var parsed = e.ParseFile(item.File);
        cells.Add(FileCell(parsed));
        var chain = DifferentialCorpus.Loaded(parsed);
        var cas = DifferentialCorpus.Loaded(e.ParseFile(item.Ca));
        foreach (var profile in DifferentialCorpus.Profiles)
        {
            if (chain.Count == 0)
            {
                cells.Add("none");
                continue;
            }
            var v = new MbedTlsVerifier(e.Config).Verify(chain, cas, profile, item.Clock ?? recordingClock);
            cells.Add($"{DifferentialCorpus.Hex(v.Code)}:{v.FlagsHex}");
        }
        return string.Join('|', cells);
    }

    private static string FileCell(MbedTlsFileParseResult r) => $"{DifferentialCorpus.Hex(r.Code)}/{r.Loaded}";

    public static DifferentialCorpus.Recorded Read() => DifferentialCorpus.Read(Dir("recorded.tsv.gz"));

    /// <summary>
    /// Writes the items as files plus a manifest for the local recorder (see fixtures/README.md): the same lines as
    /// the mutant corpus, a V line carrying the case's validation time as a sixth field (seconds since the epoch).
    /// </summary>
    public static void Dump(string dir, IReadOnlyList<RealWorldItem> items)
    {
        var manifest = new StringBuilder();
        var index = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var baseName = Path.Combine(dir, "r", i.ToString("D5", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(Path.GetDirectoryName(baseName)!);
            index.Append(CultureInfo.InvariantCulture, $"{item.Id}\t{item.Kind}\t{item.Sha8}\t{(item.Der is null ? "file" : "der")}\n");
            if (item.Der is not null)
            {
                System.IO.File.WriteAllBytes(baseName + ".der", item.Der);
                manifest.Append(CultureInfo.InvariantCulture, $"D {item.Id}#der {baseName}.der\nF {item.Id}#fder {baseName}.der\n");
            }
            System.IO.File.WriteAllBytes(baseName + ".pem", item.File);
            manifest.Append(CultureInfo.InvariantCulture, $"F {item.Id}#fpem {baseName}.pem\n");
            var ca = baseName + ".pem";
            if (item.IsChain)
            {
                ca = baseName + ".ca.pem";
                System.IO.File.WriteAllBytes(ca, item.Ca);
            }
            var clock = item.Clock is { } c ? $" {c.ToUnixTimeSeconds()}" : "";
            foreach (var p in DifferentialCorpus.Profiles)
            {
                manifest.Append(CultureInfo.InvariantCulture, $"V {item.Id}#v{p} {baseName}.pem {ca} {p}{clock}\n");
            }
        }
        System.IO.File.WriteAllText(Path.Combine(dir, "manifest.txt"), manifest.ToString());
        System.IO.File.WriteAllText(Path.Combine(dir, "index.tsv"), index.ToString());
    }
}
