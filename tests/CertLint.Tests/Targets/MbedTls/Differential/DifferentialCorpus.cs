using System.Globalization;
using System.IO.Compression;
using System.Text;
using CertLint.Targets.MbedTls;

namespace CertLint.Tests.Targets.MbedTls.Differential;

/// <summary>One modelled build: a release in its default configuration or with MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION.</summary>
internal sealed record DifferentialBuild(string Column, string Target, bool AcceptCritical)
{
    public static readonly IReadOnlyList<DifferentialBuild> All =
    [
        .. new[] { ("2.16.12", "mbedtls-2.16"), ("2.28.10", "mbedtls-2.28"), ("3.6.6", "mbedtls-3.6"), ("4.0.0", "mbedtls-4.0") }
            .SelectMany(r => new[] { new DifferentialBuild($"{r.Item1}/default", r.Item2, false), new DifferentialBuild($"{r.Item1}/accept-critical", r.Item2, true) }),
    ];

    /// <summary>
    /// The emulated configuration. 3.x and 4.0 have no MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION (nothing in
    /// their sources reads it), so their accept-critical builds are the default configuration plus a define no code
    /// looks at: the emulation models them as the default configuration, and the recorded results must agree.
    /// </summary>
    public MbedTlsConfig Config()
    {
        var config = MbedTlsTarget.Load(Target).DefaultConfig();
        if (AcceptCritical && Target.StartsWith("mbedtls-2.", StringComparison.Ordinal))
        {
            config.Define("MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION");
        }
        return config;
    }
}

/// <summary>
/// The results real builds gave for the mutant corpus (recorded.tsv.gz), and the same questions put to the
/// emulation. Per build one cell: parse_der | parse_file(.der) | parse_file(.pem) | verify default | next | suiteb.
/// A parse_file answer is "code/loaded"; a verify answer "code:flags", or "none" when parse_file loaded nothing;
/// "-" where the question does not apply (File-form mutants have no parse_der and no .der file).
/// </summary>
internal static class DifferentialCorpus
{
    public static readonly string[] Profiles = ["default", "next", "suiteb"];

    public static string RecordedPath => MutantCorpus.Dir("recorded.tsv.gz");

    public sealed record Recorded(DateTimeOffset Clock, string[] Columns, List<string[]> Rows);

    public static Recorded Read() => Read(RecordedPath);

    public static Recorded Read(string path)
    {
        using var gz = new GZipStream(System.IO.File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.ASCII);
        var clockLine = reader.ReadLine()!.Split('\t');
        var clock = DateTimeOffset.Parse(clockLine[1], CultureInfo.InvariantCulture);
        var header = reader.ReadLine()!.Split('\t');
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                rows.Add(line.Split('\t'));
            }
        }
        return new Recorded(clock, header, rows);
    }

    /// <summary>The emulation's cell for one mutant on one build.</summary>
    public static string Emulate(MbedTlsEmulator e, IReadOnlyList<MbedTlsCertificate> cas, Mutant m, DateTimeOffset clock, bool verify = true)
    {
        var der = m.Form == MutantForm.Der ? Hex(e.ParseDer(m.Bytes).Code) : "-";
        var fder = m.Form == MutantForm.Der ? FileCell(e.ParseFile(m.Bytes)) : "-";
        var pem = e.ParseFile(m.PemFile);
        var chain = Loaded(pem);
        var cells = new List<string> { der, fder, FileCell(pem) };
        foreach (var profile in Profiles)
        {
            if (!verify)
            {
                cells.Add("?");
                continue;
            }
            if (chain.Count == 0)
            {
                cells.Add("none");
                continue;
            }
            var v = new MbedTlsVerifier(e.Config).Verify(chain, cas, profile, clock);
            cells.Add($"{Hex(v.Code)}:{v.FlagsHex}");
        }
        return string.Join('|', cells);
    }

    public static List<MbedTlsCertificate> Loaded(MbedTlsFileParseResult r) =>
        [.. r.Entries.Where(x => x.Parse?.Accepted == true).Select(x => x.Parse!.Certificate!)];

    private static string FileCell(MbedTlsFileParseResult r) => $"{Hex(r.Code)}/{r.Loaded}";

    public static string Hex(int code) => code < 0 ? $"-0x{-code:X4}" : $"0x{code:X4}";

    /// <summary>
    /// Writes the corpus as files plus a manifest for a local harness that links real builds (not committed; see
    /// fixtures/README.md): "D id file" parse_der, "F id file" parse_file, "V id chain ca profile" verify.
    /// </summary>
    public static void Dump(string dir, IReadOnlyList<Mutant> mutants)
    {
        Directory.CreateDirectory(Path.Combine(dir, "m"));
        var ca = Path.GetFullPath(MutantCorpus.Dir("ca.pem"));
        var manifest = new StringBuilder();
        var index = new StringBuilder();
        foreach (var m in mutants)
        {
            var baseName = Path.Combine(dir, "m", m.Id);
            index.Append(CultureInfo.InvariantCulture, $"{m.Id}\t{m.Kind}\t{m.Sha8}\t{(m.Form == MutantForm.Der ? "der" : "file")}\n");
            if (m.Form == MutantForm.Der)
            {
                System.IO.File.WriteAllBytes(baseName + ".der", m.Bytes);
                manifest.Append(CultureInfo.InvariantCulture, $"D {m.Id}#der {baseName}.der\nF {m.Id}#fder {baseName}.der\n");
            }
            System.IO.File.WriteAllBytes(baseName + ".pem", m.PemFile);
            manifest.Append(CultureInfo.InvariantCulture, $"F {m.Id}#fpem {baseName}.pem\n");
            foreach (var p in Profiles)
            {
                manifest.Append(CultureInfo.InvariantCulture, $"V {m.Id}#v{p} {baseName}.pem {ca} {p}\n");
            }
        }
        System.IO.File.WriteAllText(Path.Combine(dir, "manifest.txt"), manifest.ToString());
        System.IO.File.WriteAllText(Path.Combine(dir, "index.tsv"), index.ToString());
    }
}
