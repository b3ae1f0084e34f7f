using System.Runtime;

namespace CertLint.IO;

/// <summary>
/// One large input linted, and its report written, without garbage collections, for a process that lints and exits
/// (the command line asks for it; a library caller's process is left alone). A bundle's certificate models live until
/// its report is written, so each collection marks and copies them again, and workstation GC does that on one thread
/// while the other cores wait: lint of a 10,000-certificate bundle spent a fifth of its processor time in the collector.
/// The pause is never ended by hand: a collection at its end would compact everything lint holds (0.25 s on one core
/// for that bundle). It ends when its budget is spent (the runtime then collects as usual) or when the process exits.
/// </summary>
public sealed class CollectionPause
{
    /// <summary>Smaller inputs collect little; pausing for them would only hold their garbage.</summary>
    public const long FromInputBytes = 512 * 1024;

    /// <summary>Lint allocates some 17 bytes per byte of PEM input up to its report (171 MB for 9.96 MB); writing the report adds some more.</summary>
    public const int BudgetPerInputByte = 24;

    /// <summary>
    /// Beyond this the collector runs as usual: an input within the 64 MiB limit holds at most this much garbage more
    /// than it would without the pause.
    /// </summary>
    public const long MaxBudgetBytes = 256L * 1024 * 1024;

    private int _taken;

    /// <summary>
    /// Starts the pause for an input of <paramref name="inputBytes"/>: once per instance (a run of many inputs pauses for
    /// the first large one only; a new pause would start with a full collection), and never when another pause of the
    /// process is still running. False when no pause was started.
    /// </summary>
    public bool TryBegin(long inputBytes)
    {
        if (inputBytes < FromInputBytes || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion || Interlocked.Exchange(ref _taken, 1) != 0)
        {
            return false;
        }
        try
        {
            // Not disallowFullBlockingGC: with it, the runtime collected right after the lint (0.75 s instead of 0.58 s).
            return GC.TryStartNoGCRegion(Math.Min(MaxBudgetBytes, inputBytes * BudgetPerInputByte));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentOutOfRangeException)
        {
            // Another pause of this process started in between, or this runtime does not take a budget this large.
            return false;
        }
    }
}
