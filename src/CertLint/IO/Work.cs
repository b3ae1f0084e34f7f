namespace CertLint.IO;

/// <summary>
/// The one way CertLint spreads independent per-certificate work over the cores: decoding, chain building and judging
/// of a bundle. Below <see cref="ParallelThreshold"/> items the loop runs on the calling thread, so a one-certificate
/// run never starts the thread pool (Parallel.For sets up its task machinery even for one item).
/// </summary>
internal static class Work
{
    public const int ParallelThreshold = 64;

    /// <summary>Whether this many items are spread over the cores (otherwise they run on the calling thread).</summary>
    public static bool InParallel(int count) => count >= ParallelThreshold && Environment.ProcessorCount > 1;

    public static void For(int count, Action<int> body) => For(0, count, body);

    public static void For(int from, int to, Action<int> body)
    {
        if (!InParallel(to - from))
        {
            for (var i = from; i < to; i++)
            {
                body(i);
            }
        }
        else
        {
            Parallel.For(from, to, body);
        }
    }

    /// <summary>
    /// <see cref="For(int, Action{int})"/> with a state per worker (a table that is not thread-safe): each worker takes
    /// one from <paramref name="take"/> and hands it back to <paramref name="giveBack"/> when done.
    /// </summary>
    public static void For<TState>(int count, Func<TState> take, Action<int, TState> body, Action<TState> giveBack)
    {
        if (!InParallel(count))
        {
            var state = take();
            for (var i = 0; i < count; i++)
            {
                body(i, state);
            }
            giveBack(state);
            return;
        }
        Parallel.For(0, count, take, (i, _, state) =>
        {
            body(i, state);
            return state;
        }, giveBack);
    }
}
