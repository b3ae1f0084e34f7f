namespace CertLint.IO;

/// <summary>
/// Between the phases of a command on a very large input (decode, build chains, judge, write), the last phase's garbage
/// (hundreds of MB for a 64 MiB bundle) would otherwise stay until the collector's own schedule while the next phase
/// allocates on top of it: the peak would be both at once. Lint and convert compact after building chains
/// (<see cref="CompactBetweenPhases"/>, very large inputs only); lint collects after judging, convert after planning
/// its output (<see cref="CollectBetweenPhases"/>); lint also compacts while judging (<see cref="CompactWhileJudging"/>).
/// </summary>
public static class LargeInput
{
    /// <summary>
    /// Inputs of this many certificates collect between phases; smaller ones never pay for it (the collection gives
    /// back memory a large input needs for its next phase; at 10,000 certificates it was some 5% of lint's time for
    /// no lower peak).
    /// </summary>
    public const int CollectFrom = 50_000;

    public static void CollectBetweenPhases(int certificates)
    {
        if (certificates >= CollectFrom)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    /// <summary>
    /// The models of this many certificates of one input are held; the rest are decoded again when the collector took
    /// them (<see cref="Input.InputOptions.ModelsHeld"/>). Up to here nothing is decoded twice (the bundle curve's
    /// largest size, 50,000, pays nothing); past it, memory stays bounded for the smallest certificates 64 MiB can
    /// hold. Lint of 327,000 made-up certificates that share no field peaked at 990 MiB holding 100,000, 913 MiB
    /// holding 50,000 and 870 MiB holding 25,000.
    /// </summary>
    public const int ModelsHeld = 50_000;

    /// <summary>Inputs of this many certificates compact between building chains and judging (see <see cref="CompactBetweenPhases"/>).</summary>
    public const int CompactFrom = 100_000;

    /// <summary>
    /// A compacting collection that keeps the freed memory committed for the next phase to fill, for inputs of
    /// <see cref="CompactFrom"/> certificates or more: lint of 230,001 minimal certificates peaks at 917 MiB with it
    /// and 994 MiB without. Below that size the models are a few hundred MB and the pause (0.6 s at 50,000) is pure
    /// cost; giving the pages back as <see cref="CollectBetweenPhases"/> does cost lint of 10,000 a quarter of its time.
    /// </summary>
    public static void CompactBetweenPhases(int certificates)
    {
        if (certificates >= CompactFrom)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }

    /// <summary>While judging an input of <see cref="CompactFrom"/> certificates or more, a compaction after every this many.</summary>
    public const int CompactEvery = 32_768;

    /// <summary>
    /// Judging leaves each certificate's reports in the oldest generation among the garbage of its rules and finding
    /// sources, which background collections sweep but never compact: lint --target of 327,000 certificates held 434 MB
    /// live at 1,210 MiB resident. A compaction every <see cref="CompactEvery"/> certificates judged keeps the heap near
    /// what is live.
    /// </summary>
    public static void CompactWhileJudging(int judged, int certificates)
    {
        if (certificates >= CompactFrom && judged % CompactEvery == 0)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }
}
