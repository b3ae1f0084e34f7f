using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace CertLint.Benchmarks;

/// <summary>
/// Which types a piece of work allocates, from the runtime's allocation samples (one event per some 100 KB allocated,
/// naming the type that crossed the mark): enough to rank the types that allocate most, without a profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private volatile bool _recording;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs data)
    {
        if (!_recording || data.EventName != "GCAllocationTick_V4" || data.Payload is null)
        {
            return;
        }
        var type = data.Payload[data.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(data.Payload[data.PayloadNames.IndexOf("AllocationAmount64")]);
        _bytesByType.AddOrUpdate(type, amount, (_, total) => total + amount);
    }

    /// <summary>Runs <paramref name="work"/> and prints the types sampled most, as shares of the sampled bytes.</summary>
    public void Report(string name, Action work, int top = 25)
    {
        _bytesByType.Clear();
        _recording = true;
        work();
        _recording = false;
        var total = Math.Max(1, _bytesByType.Values.Sum());
        Console.WriteLine($"{name}: {total / 1_048_576.0:F0} MiB sampled; types allocating most:");
        foreach (var (type, bytes) in _bytesByType.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"  {100.0 * bytes / total,5:F1}%  {type}");
        }
    }
}
