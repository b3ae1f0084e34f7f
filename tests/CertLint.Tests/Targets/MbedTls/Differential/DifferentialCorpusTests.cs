using CertLint.Targets.MbedTls;

namespace CertLint.Tests.Targets.MbedTls.Differential;

/// <summary>
/// The standing differential test: the mutant corpus is regenerated from its seed, and for every mutant and every
/// build (four releases, default and accept-critical) the emulation must give exactly what the real build gave
/// (recorded.tsv.gz, recorded with a local harness linking each real build; see fixtures/README.md).
/// </summary>
public class DifferentialCorpusTests
{
    [Fact]
    public void TheCorpusIsLargeVariedAndMatchesTheRecording()
    {
        var mutants = MutantCorpus.Generate();
        if (Environment.GetEnvironmentVariable("CERTLINT_DIFFERENTIAL_DUMP") is { Length: > 0 } dir)
        {
            DifferentialCorpus.Dump(dir, mutants);
        }
        Assert.True(mutants.Count >= 20_000, $"only {mutants.Count} mutants");
        foreach (var (kind, count) in MutantCorpus.Plan)
        {
            Assert.Equal(count, mutants.Count(m => m.Kind == kind));
        }
        var recorded = DifferentialCorpus.Read();
        Assert.Equal(mutants.Count, recorded.Rows.Count);
        for (var i = 0; i < mutants.Count; i++)
        {
            // The generator must still make the bytes that were recorded.
            Assert.True(recorded.Rows[i][0] == mutants[i].Id && recorded.Rows[i][2] == mutants[i].Sha8,
                $"row {i}: recorded {recorded.Rows[i][0]} {recorded.Rows[i][2]}, generated {mutants[i].Id} {mutants[i].Sha8}");
        }
    }

    [Fact]
    public void EveryMutantGetsWhatRealBuildsGave()
    {
        var mutants = MutantCorpus.Generate();
        var recorded = DifferentialCorpus.Read();
        var caFile = File.ReadAllBytes(MutantCorpus.Dir("ca.pem"));
        var byId = recorded.Rows.ToDictionary(r => r[0], StringComparer.Ordinal);
        var wrong = new List<string>();
        var compared = 0;
        // All eight builds are recorded (3.6 and 4.0 accept-critical too, although no code of theirs reads the macro:
        // they share the default configuration's emulator and must still agree).
        Assert.All(DifferentialBuild.All, b => Assert.Contains(b.Column, recorded.Columns));
        var recordedBuilds = DifferentialBuild.All;
        foreach (var group in recordedBuilds.GroupBy(b => (b.Target, Effective: b.AcceptCritical && b.Target.StartsWith("mbedtls-2.", StringComparison.Ordinal))))
        {
            var emulator = new MbedTlsEmulator(group.First().Config());
            var cas = DifferentialCorpus.Loaded(emulator.ParseFile(caFile));
            var columns = group.Select(b => Array.IndexOf(recorded.Columns, b.Column)).ToArray();
            Assert.DoesNotContain(-1, columns);
            var cells = new string[mutants.Count];
            Parallel.For(0, mutants.Count, i => cells[i] = DifferentialCorpus.Emulate(emulator, cas, mutants[i], recorded.Clock, VerifyCompared(mutants[i], i)));
            for (var i = 0; i < mutants.Count; i++)
            {
                var row = byId[mutants[i].Id];
                foreach (var c in columns)
                {
                    compared++;
                    if (!Same(row[c], cells[i]))
                    {
                        wrong.Add($"{mutants[i].Id} {recorded.Columns[c]}: real {row[c]}, emulated {cells[i]}");
                    }
                }
            }
        }
        Assert.Equal(mutants.Count * recordedBuilds.Count, compared);
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {compared} differ:\n" + string.Join("\n", wrong.Take(40)));
    }

    /// <summary>
    /// Verification is the slow part (a signature check per mutant and profile), so by default the verify cells of
    /// every chain-file, explicit-parameter and criticality mutant and of every fourth other one are compared; all
    /// parse cells always are. CERTLINT_DIFFERENTIAL_FULL=1 compares every cell.
    /// </summary>
    private static bool VerifyCompared(Mutant m, int index) =>
        Environment.GetEnvironmentVariable("CERTLINT_DIFFERENTIAL_FULL") == "1" ||
        m.Kind is "chain-file" or "explicit-ec-parameters" or "criticality-flip" || index % 4 == 0;

    /// <summary>Cell equality where "?" (not computed) matches anything in that position.</summary>
    private static bool Same(string recorded, string emulated)
    {
        var r = recorded.Split('|');
        var e = emulated.Split('|');
        return r.Length == e.Length && r.Zip(e).All(x => x.Second == "?" || x.First == x.Second);
    }
}
