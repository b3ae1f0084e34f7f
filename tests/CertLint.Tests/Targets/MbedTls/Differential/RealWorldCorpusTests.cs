using CertLint.Targets.MbedTls;

namespace CertLint.Tests.Targets.MbedTls.Differential;

/// <summary>
/// Odd real-world certificates (zlint's and x509-limbo's test certificates, x509-limbo's chains with their trusted
/// roots): for every item and every build (four releases, default and accept-critical) the emulation must give
/// exactly what the real build gave (realworld/recorded.tsv.gz, recorded with the local recorder; fixtures/README.md).
/// </summary>
public class RealWorldCorpusTests
{
    [Fact]
    public void TheBundleIsVariedAndMatchesTheRecording()
    {
        var items = RealWorldCorpus.Load();
        if (Environment.GetEnvironmentVariable("CERTLINT_DIFFERENTIAL_DUMP") is { Length: > 0 } dir)
        {
            RealWorldCorpus.Dump(Path.Combine(dir, "realworld"), items);
        }
        Assert.True(items.Count(i => i.Id.StartsWith("zlint/", StringComparison.Ordinal)) >= 1000);
        Assert.True(items.Count(i => i.Id.StartsWith("limbo-cert/", StringComparison.Ordinal)) >= 500);
        Assert.True(items.Count(i => i.IsChain) >= 200);
        var recorded = RealWorldCorpus.Read();
        Assert.Equal(items.Count, recorded.Rows.Count);
        for (var i = 0; i < items.Count; i++)
        {
            Assert.True(recorded.Rows[i][0] == items[i].Id && recorded.Rows[i][2] == items[i].Sha8,
                $"row {i}: recorded {recorded.Rows[i][0]} {recorded.Rows[i][2]}, bundle {items[i].Id} {items[i].Sha8}");
        }
    }

    [Fact]
    public void EveryRealWorldItemGetsWhatRealBuildsGave()
    {
        var items = RealWorldCorpus.Load();
        var recorded = RealWorldCorpus.Read();
        var byId = recorded.Rows.ToDictionary(r => r[0], StringComparer.Ordinal);
        var wrong = new List<string>();
        var compared = 0;
        foreach (var build in DifferentialBuild.All)
        {
            var column = Array.IndexOf(recorded.Columns, build.Column);
            Assert.True(column >= 0, $"{build.Column} not recorded");
            var emulator = new MbedTlsEmulator(build.Config());
            var cells = new string[items.Count];
            Parallel.For(0, items.Count, i => cells[i] = RealWorldCorpus.Emulate(emulator, items[i], recorded.Clock));
            for (var i = 0; i < items.Count; i++)
            {
                compared++;
                var real = byId[items[i].Id][column];
                if (real != cells[i])
                {
                    wrong.Add($"{items[i].Id} {build.Column}: real {real}, emulated {cells[i]}");
                }
            }
        }
        Assert.Equal(items.Count * DifferentialBuild.All.Count, compared);
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {compared} differ:\n" + string.Join("\n", wrong.Take(60)));
    }
}
