using CertLint.Input;

namespace CertLint.Tests.Input;

/// <summary>One row of fixtures/containers/manifest.tsv: what a decoder fixture holds, as its script recorded it.</summary>
public sealed record ManifestRow(string File, string Format, IReadOnlyList<string> Holds, string Note)
{
    public bool IsBad => Holds is ["error"];

    /// <summary>
    /// The certificates are DER as found, so their SHA-256 is the one recorded. Not so for a BER certificate: the
    /// decoder hashes the bytes as found, the script recorded the DER (BER containers hold DER certificates).
    /// </summary>
    public bool CertificatesAreDer => Format != "ber" || Holds.Contains("pkcs7");
    public override string ToString() => File;
}

/// <summary>One row of fixtures/containers/pem-blocks.tsv (written by pem-blocks.py, independently of CertLint).</summary>
public sealed record PemBlockRow(string File, int Block, string Label, int FirstLine, int LastLine, int ByteStart, int ByteEnd);

/// <summary>
/// The decoder fixtures of fixtures/containers and the truths their script wrote beside them (manifest, PEM block
/// positions, SHA-256 lists). Nothing here hard-codes a hash: fixtures are regenerated with fresh keys.
/// </summary>
public static class ContainerFixtures
{
    public static string Folder { get; } = Fixtures.Path("containers");
    public static IReadOnlyList<ManifestRow> Manifest { get; } = ReadManifest();
    private static readonly IReadOnlyList<PemBlockRow> AllPemBlocks = ReadPemBlocks();

    public static string PathOf(string file) => Path.Combine(Folder, file);
    public static byte[] Bytes(string file) => File.ReadAllBytes(PathOf(file));
    public static InputResult Decode(string file) => InputDecoder.DecodeFile(PathOf(file));
    public static ManifestRow Row(string file) => Manifest.Single(r => r.File == file);

    /// <summary>SHA-256 of each certificate's DER that went into the file, in stored order.</summary>
    public static IReadOnlyList<string> Sha256s(string file) => ReadLines(file + ".sha256.txt");

    /// <summary>What `openssl pkcs7 -print_certs` extracted from the file, in its order (PKCS#7/CMS files only).</summary>
    public static IReadOnlyList<string> OpensslSha256s(string file) => ReadLines(file + ".openssl-sha256.txt");

    public static bool HasOpensslTruth(string file) => File.Exists(PathOf(file + ".openssl-sha256.txt"));

    public static IReadOnlyList<PemBlockRow> PemBlocks(string file) => AllPemBlocks.Where(b => b.File == file).ToList();

    public static TheoryData<string> Files(Func<ManifestRow, bool> which)
    {
        var data = new TheoryData<string>();
        foreach (var row in Manifest.Where(which))
        {
            data.Add(row.File);
        }
        return data;
    }

    private static IReadOnlyList<string> ReadLines(string file) =>
        File.ReadAllLines(PathOf(file)).Where(l => l.Length > 0).ToList();

    private static IReadOnlyList<ManifestRow> ReadManifest() =>
        Rows("manifest.tsv").Select(c => new ManifestRow(c[0], c[1], c[2].Split(' '), c[3])).ToList();

    private static IReadOnlyList<PemBlockRow> ReadPemBlocks() =>
        Rows("pem-blocks.tsv")
            .Select(c => new PemBlockRow(c[0], int.Parse(c[1]), c[2], int.Parse(c[3]), int.Parse(c[4]), int.Parse(c[5]), int.Parse(c[6])))
            .ToList();

    private static IEnumerable<string[]> Rows(string tsv) =>
        File.ReadAllLines(PathOf(tsv)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'));
}
