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

    [Fact]
    public void SmallInputsAreNotPaused()
    {
        EndAnyPause();
        Assert.False(new CollectionPause().TryBegin(CollectionPause.FromInputBytes - 1));
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void ARunPausesOnceAndTheProcessHoldsOnePauseAtATime()
    {
        EndAnyPause();
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

    [Fact]
    public void APausedLintReportsWhatAnUnpausedOneDoes()
    {
        var block = Fixtures.Bytes("verdicts/devices.pem");
        var bundle = new MemoryStream();
        while (bundle.Length < 2 * CollectionPause.FromInputBytes)
        {
            bundle.Write(block);
        }
        try
        {
            EndAnyPause();
            var unpaused = LintAsJson(bundle.ToArray(), pause: false);
            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            var paused = LintAsJson(bundle.ToArray(), pause: true);
            // Nothing ends the pause by hand: it is still running after the lint (its budget covers the whole input).
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            Assert.Equal(unpaused, paused);
            Assert.Contains("\"certificates\"", paused);
        }
        finally
        {
            EndAnyPause();
        }
    }

    private static string LintAsJson(byte[] input, bool pause)
    {
        var configuration = new LintConfiguration
        {
            Catalog = RuleCatalog.Default,
            Profile = new ProfileResolver(RuleCatalog.Default, Cwd).Resolve([]),
            Clock = new FixedClock(CliRunner.Now),
        };
        var session = new LintSession(configuration, Cwd, () => new MemoryStream(input), pauseCollections: pause);
        var text = new StringWriter { NewLine = "\n" };
        var writer = ReportFormats.Create("json", text, false, false);
        writer.Begin(session.Header("test", null));
        writer.End(session.Run([new LintInput("-", false)], writer));
        return text.ToString();
    }
}
