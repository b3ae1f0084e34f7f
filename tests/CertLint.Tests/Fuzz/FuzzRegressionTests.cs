using CertLint.Fuzz;

namespace CertLint.Tests.Fuzz;

/// <summary>
/// Every input the fuzzer found crashing or hanging (fixtures/fuzz/crashers/TARGET/) and the committed corpus
/// (fixtures/fuzz/TARGET/) go through the same entry points as the fuzz harness (tests/CertLint.Fuzz/FuzzTargets.cs):
/// no exception other than the reader's documented error may escape, and no input may hang.
/// </summary>
public sealed class FuzzRegressionTests
{
    /// <summary>A hang guard, not a speed target: the slowest committed input takes milliseconds.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static TheoryData<string, string> Crashers() => Inputs("crashers/{0}");

    public static TheoryData<string, string> Corpus() => Inputs("{0}");

    private static TheoryData<string, string> Inputs(string folderPattern)
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.All.Keys.Order(StringComparer.Ordinal))
        {
            var folder = Fixtures.Path("fuzz/" + string.Format(folderPattern, target));
            if (!Directory.Exists(folder))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                data.Add(target, Path.GetRelativePath(Fixtures.Path("fuzz"), file));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Crashers))]
    public void Crasher_no_longer_crashes_or_hangs(string target, string file) => RunBounded(target, file);

    [Fact]
    public void Every_target_has_a_committed_corpus()
    {
        var targets = Corpus().Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(FuzzTargets.All.Keys.Order(StringComparer.Ordinal), targets.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Corpus_inputs_run_without_escaping_exceptions()
    {
        foreach (var row in Corpus())
        {
            RunBounded((string)row[0], (string)row[1]);
        }
    }

    [Fact]
    public void The_harness_reports_an_exception_outside_the_documented_error_path()
    {
        // The crash criterion itself: an exception the reader does not document must escape the entry point.
        var target = FuzzTargets.All["profile"];
        target("name: ok\n"u8.ToArray());
        Assert.ThrowsAny<Exception>(() => RunTarget(_ => throw new InvalidOperationException("escaped"), []));
    }

    private static void RunBounded(string target, string file)
    {
        var bytes = File.ReadAllBytes(Fixtures.Path("fuzz/" + file));
        RunTarget(FuzzTargets.All[target], bytes, file);
    }

    private static void RunTarget(Action<byte[]> entry, byte[] bytes, string file = "input")
    {
        var run = Task.Run(() => entry(bytes));
        Assert.True(run.Wait(Limit), $"{file}: still running after {Limit.TotalSeconds} s (hang)");
    }
}
