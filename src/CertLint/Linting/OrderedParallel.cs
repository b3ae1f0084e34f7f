namespace CertLint.Linting;

/// <summary>
/// Runs work items on the thread pool, at most <c>window</c> ahead of the consumer, and hands results to the consumer
/// strictly in input order: parallel speed, deterministic output, and memory bounded by the window, not the input count.
/// </summary>
public static class OrderedParallel
{
    /// <remarks><paramref name="items"/> is enumerated lazily, never more than <c>window</c> ahead.</remarks>
    public static void Run<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> work, Action<TOut> consume, int window)
    {
        using var next = items.GetEnumerator();
        if (!next.MoveNext())
        {
            return;
        }
        var first = next.Current;
        if (!next.MoveNext())
        {
            // One input (a pipeline linting one artifact): no thread pool to start, which is a noticeable part of a
            // native one-certificate run.
            consume(work(first));
            return;
        }
        var pending = new Queue<Task<TOut>>();
        pending.Enqueue(Task.Run(() => work(first)));
        // The enumerator stands on the next item not yet started.
        var more = true;
        while (more || pending.Count > 0)
        {
            while (more && pending.Count < window)
            {
                var item = next.Current;
                pending.Enqueue(Task.Run(() => work(item)));
                more = next.MoveNext();
            }
            if (pending.Count > 0)
            {
                consume(pending.Dequeue().GetAwaiter().GetResult());
            }
        }
    }
}
