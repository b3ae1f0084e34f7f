using System.Runtime;
using System.Text;
using CertLint.IO;
using CertLint.Linting;
using CertLint.Reports;
using CertLint.Rules.Engine;
using CertLint.Rules.Engine.Profiles;
using CertLint.Tests.Cli;
using CertLint.Tests.Verdicts;

namespace CertLint.Tests.Linting;

/// <summary>
/// The command line lints its first large input without garbage collections (<see cref="CollectionPause"/>). These
/// tests change the process's collector mode, so they run alone and end any pause they leave.
/// </summary>
[Collection(Alone.Name)]
public class CollectionPauseTests
{
    private static readonly string Cwd = Fixtures.Path("");

    /// <summary>A pause another test's command-line run left running (nothing ends it by hand) is ended first.</summary>
    private static void EndAnyPause()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }
    }

    /// <summary>
    /// Ends any pause and collects what earlier tests left: a pause never makes room with a full blocking collection,
    /// so in this long-lived process its start would otherwise depend on how much garbage the tests before it left,
    /// where the command line starts from an almost empty heap.
    /// </summary>
    private static void AsInAFreshProcess()
    {
        EndAnyPause();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    [Fact]
    public void SmallAndVeryLargeInputsAreNotPaused()
    {
        EndAnyPause();
        Assert.False(new CollectionPause().TryBegin(CollectionPause.FromInputBytes - 1));
        Assert.False(new CollectionPause().TryBegin(CollectionPause.MaxBudgetBytes / CollectionPause.LintBudgetPerInputByte + 1));
        Assert.False(new CollectionPause(budgetPerInputByte: 1024).TryBegin(1024 * 1024));
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void ARunPausesOnceAndTheProcessHoldsOnePauseAtATime()
    {
        AsInAFreshProcess();
        var run = new CollectionPause();
        var other = new CollectionPause();
        try
        {
            Assert.True(run.TryBegin(4 * 1024 * 1024));
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            Assert.False(run.TryBegin(4 * 1024 * 1024));
            Assert.False(other.TryBegin(4 * 1024 * 1024));
            EndAnyPause();
            Assert.False(run.TryBegin(4 * 1024 * 1024));
            Assert.True(other.TryBegin(4 * 1024 * 1024));
        }
        finally
        {
            EndAnyPause();
        }
    }

    /// <summary>Copies of the fleet's three certificates, at least <paramref name="bytes"/> of PEM.</summary>
    private static byte[] Bundle(long bytes)
    {
        var block = Fixtures.Bytes("verdicts/devices.pem");
        var bundle = new MemoryStream();
        while (bundle.Length < bytes)
        {
            bundle.Write(block);
        }
        return bundle.ToArray();
    }

    [Fact]
    public void APausedLintReportsWhatAnUnpausedOneDoes()
    {
        var bundle = Bundle(2 * CollectionPause.FromInputBytes);
        try
        {
            EndAnyPause();
            var unpaused = LintAsJson(bundle, pause: false);
            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            AsInAFreshProcess();
            var (collections, allocated) = (GC.CollectionCount(0), GC.GetTotalAllocatedBytes());
            var paused = LintAsJson(bundle, pause: true);
            // Nothing ends the pause by hand: it is still running after the lint (its budget covers the whole input).
            Assert.True(GCSettings.LatencyMode == GCLatencyMode.NoGCRegion, During(collections, allocated, bundle.Length));
            Assert.Equal(unpaused, paused);
            Assert.Contains("\"certificates\"", paused);
        }
        finally
        {
            EndAnyPause();
        }
    }

    /// <summary>What a failed expectation needs to tell a pause that ran out from one never started.</summary>
    private static string During(int collectionsBefore, long allocatedBefore, long inputBytes) =>
        $"{GC.CollectionCount(0) - collectionsBefore} collection(s) and {(GC.GetTotalAllocatedBytes() - allocatedBefore) >> 20} MB allocated in this " +
        $"process during the run, for {inputBytes >> 10} KiB of input";

    private static string LintAsJson(byte[] input, bool pause)
    {
        var configuration = new LintConfiguration
        {
            Catalog = RuleCatalog.Default,
            Profile = new ProfileResolver(RuleCatalog.Default, Cwd).Resolve([]),
            Clock = new FixedClock(CliRunner.Now),
        };
        var session = new LintSession(configuration, Cwd, () => new MemoryStream(input), pause ? new CollectionPause() : null);
        var text = new StringWriter { NewLine = "\n" };
        var writer = ReportFormats.Create("json", text, false, false);
        writer.Begin(session.Header("test", null));
        writer.End(session.Run([new LintInput("-", false)], writer));
        return text.ToString();
    }

    [Theory]
    [InlineData(1, true, "lint", "--quiet")]
    [InlineData(1, true, "lint", "--quiet", "--format", "json")]
    [InlineData(1, false, "lint", "--quiet", "--format", "junit")]
    [InlineData(1, true, "lint", "--quiet", "--target", "mbedtls-3.6")]
    [InlineData(5, false, "lint", "--quiet", "--target", "mbedtls-2.16,mbedtls-3.6,mbedtls-4.0")]
    public void TheCommandLinePausesWhenItsBudgetCoversTheRun(int mebibytes, bool paused, params string[] args)
    {
        if (ExternalCli.Executable is not null)
        {
            return; // The pause is the command-line process's own; only an in-process run shows it.
        }
        var dir = Directory.CreateTempSubdirectory("certlint-pause-").FullName;
        try
        {
            var file = Path.Combine(dir, "bundle.pem");
            File.WriteAllBytes(file, Bundle(mebibytes * 1024L * 1024));
            AsInAFreshProcess();
            var (collections, allocated) = (GC.CollectionCount(0), GC.GetTotalAllocatedBytes());
            var result = CliRunner.Run([.. args, file]);
            Assert.True(result.ExitCode is 0 or 1, result.Stderr);
            Assert.True(paused == (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion), $"expected paused: {paused}; " + During(collections, allocated, mebibytes << 20));
        }
        finally
        {
            EndAnyPause();
            Directory.Delete(dir, recursive: true);
        }
    }
}
