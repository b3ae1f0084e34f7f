namespace CertLint.IO;

/// <summary>
/// Between the phases of a command on a very large input (decode, build chains, judge, write), the last phase's garbage
/// (hundreds of MB for a 64 MiB bundle) would otherwise stay until the collector's own schedule while the next phase
/// allocates on top of it: the peak would be both at once. Lint collects after building chains and after judging,
/// convert after building chains.
/// </summary>
public static class LargeInput
{
    /// <summary>Inputs of this many certificates collect between phases; smaller ones never pay for it.</summary>
    public const int CollectFrom = 10_000;

    public static void CollectBetweenPhases(int certificates)
    {
        if (certificates >= CollectFrom)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }
}
