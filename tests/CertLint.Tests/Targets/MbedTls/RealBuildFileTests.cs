using CertLint.Targets.MbedTls;

namespace CertLint.Tests.Targets.MbedTls;

/// <summary>
/// Whole files (PEM rules) and verification (flags per profile), with what real default builds returned on
/// 2026-11-28 (fixtures/mbedtls/differential/real-builds-files.tsv): the emulation must agree on every row.
/// </summary>
public class RealBuildFileTests
{
    private static readonly DateTimeOffset RecordedAt = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FilesAndVerificationGiveWhatRealBuildsGave()
    {
        var lines = File.ReadAllLines(MbedTlsFixtures.Path("differential", "real-builds-files.tsv"));
        var emulators = MbedTlsTarget.Names.Select(MbedTlsEmulator.Default).ToArray();
        var wrong = new List<string>();
        var compared = 0;
        foreach (var (line, row) in lines.Skip(1).Select((l, i) => (l, i)))
        {
            var c = line.Split('\t');
            for (var t = 0; t < emulators.Length; t++)
            {
                var e = emulators[t];
                var file = Convert.FromHexString(c[2]);
                string got;
                if (c[0] == "file")
                {
                    got = Hex(e.ParseFile(file).Code);
                }
                else
                {
                    var chain = Loaded(e, file);
                    if (chain.Count == 0)
                    {
                        continue; // Mbed TLS would verify an empty certificate structure
                    }

                    var v = new MbedTlsVerifier(e.Config).Verify(chain, Loaded(e, Convert.FromHexString(c[3])), c[1], RecordedAt);
                    got = $"{Hex(v.Code)} {v.FlagsHex}";
                }
                compared++;
                if (got != c[4 + t])
                {
                    wrong.Add($"row {row + 1} {c[0]} {c[1]} {e.Target.Name}: real {c[4 + t]}, emulated {got}");
                }
            }
        }
        Assert.True(compared > 600, $"only {compared} comparisons");
        Assert.True(wrong.Count == 0, $"{wrong.Count} differ:\n" + string.Join("\n", wrong.Take(30)));
    }

    private static string Hex(int code) => code < 0 ? $"-0x{-code:X4}" : $"0x{code:X4}";

    private static List<MbedTlsCertificate> Loaded(MbedTlsEmulator e, byte[] bytes) =>
        [.. e.ParseFile(bytes).Entries.Where(x => x.Parse?.Accepted == true).Select(x => x.Parse!.Certificate!)];
}
