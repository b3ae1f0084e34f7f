namespace CertLint.Cli.Lint;

/// <summary>
/// Runs work items on the thread pool, at most <c>window</c> ahead of the consumer, and hands results to the consumer
/// strictly in input order: parallel speed, deterministic output, and memory bounded by the window, not the input count.
/// </summary>
public static class OrderedParallel
{
    public static void Run<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> work, Action<TOut> consume, int window)
    {
        var pending = new Queue<Task<TOut>>();
        var next = 0;
        while (next < items.Count || pending.Count > 0)
        {
            while (next < items.Count && pending.Count < window)
            {
                var item = items[next++];
                pending.Enqueue(Task.Run(() => work(item)));
            }
            consume(pending.Dequeue().GetAwaiter().GetResult());
        }
    }
}
