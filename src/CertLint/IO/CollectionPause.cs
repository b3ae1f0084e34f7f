using System.Runtime;

namespace CertLint.IO;

/// <summary>
/// One large input linted, and its report written, without garbage collections, for a process that lints and exits
/// (the command line asks for it; a library caller's process is left alone). A bundle's certificate models live until
/// its report is written, so each collection marks and copies them again, and workstation GC does that on one thread
/// while the other cores wait: lint of a 10,000-certificate bundle spent a fifth of its processor time in the collector.
/// The pause is never ended by hand: ending it after lint set off a collection that compacted everything lint holds
/// (0.25 s on one core for that bundle). It ends when its budget is spent (the runtime then collects as usual) or when
/// the process exits.
/// </summary>
public sealed class CollectionPause
{
    /// <summary>Smaller inputs collect little; pausing for them would only hold their garbage.</summary>
    public const long FromInputBytes = 512 * 1024;

    /// <summary>
    /// Plain lint of 10,000 certificates allocated 198 MB from a 9.96 MB PEM file and 182 MB from the same certificates
    /// as a 6.9 MB .p7b (26 bytes per byte), up to and including its text report.
    /// </summary>
    public const int LintBudgetPerInputByte = 32;

    /// <summary>
    /// The most garbage a pause may hold; an input whose budget would be larger is not paused. When a pause ran out
    /// while decoding 50,000 certificates, the collection that ended it compacted everything at once, and lint was 3-7%
    /// slower and 100 MB larger than without a pause; with `--target mbedtls-3.6` (399 MB for the 10,000) a budget too
    /// small made lint 15% slower.
    /// </summary>
    public const long MaxBudgetBytes = 512L * 1024 * 1024;

    private readonly int _budgetPerInputByte;

    private int _taken;

    /// <param name="budgetPerInputByte">What the run allocates per byte of input, at most (<see cref="LintBudgetPerInputByte"/> for plain lint).</param>
    public CollectionPause(int budgetPerInputByte = LintBudgetPerInputByte) => _budgetPerInputByte = budgetPerInputByte;

    /// <summary>
    /// Starts the pause for an input of <paramref name="inputBytes"/> (512 KiB up to what the budget allows): once per instance (a run of
    /// many inputs pauses for its first large one only), and never while another pause of the process is running. False
    /// when no pause was started.
    /// </summary>
    public bool TryBegin(long inputBytes)
    {
        var budget = inputBytes * _budgetPerInputByte;
        if (inputBytes < FromInputBytes || budget > MaxBudgetBytes || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion
            || Interlocked.Exchange(ref _taken, 1) != 0)
        {
            return false;
        }
        try
        {
            // Never a full blocking collection to make room: in a long-running process it could cost more than the
            // pause saves (for the command line both measured the same, 0.59 and 0.61 s).
            return GC.TryStartNoGCRegion(budget, disallowFullBlockingGC: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentOutOfRangeException)
        {
            // Another pause of this process started in between, or this runtime does not take a budget this large.
            return false;
        }
    }
}
