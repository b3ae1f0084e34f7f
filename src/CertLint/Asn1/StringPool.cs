using System.Collections.Concurrent;

namespace CertLint.Asn1;

/// <summary>
/// One shared copy of the strings every decoded object repeats (field paths, OIDs): a 64 MiB bundle of 100,000
/// certificates otherwise holds some 40 copies of them per certificate, a third of its decoded size. Bounded, so
/// hostile input with ever-new paths (a million SANs) stops adding entries instead of growing the pool.
/// </summary>
internal sealed class StringPool
{
    private const int Capacity = 16_384;
    private readonly ConcurrentDictionary<string, string> _pool = new(StringComparer.Ordinal);
    /// <summary>Entries added, counted here: ConcurrentDictionary.Count takes every lock of the table (5% of lint's processor time on 10,000 certificates went there).</summary>
    private int _count;

    /// <summary>Field paths and OIDs of decoded objects.</summary>
    public static StringPool Fields { get; } = new();

    /// <summary>
    /// Finding messages: a bundle's certificates mostly draw the same few (four identical findings on each of 230,000
    /// same-named certificates were a fifth of lint's memory). A pool of its own, so messages that name serials or
    /// dates fill this one and not the one of field paths.
    /// </summary>
    public static StringPool Messages { get; } = new();

    public string Intern(string value)
    {
        if (_pool.TryGetValue(value, out var shared))
        {
            return shared;
        }
        // A few entries past the capacity under a race are harmless.
        if (Volatile.Read(ref _count) >= Capacity)
        {
            return value;
        }
        if (_pool.TryAdd(value, value))
        {
            Interlocked.Increment(ref _count);
            return value;
        }
        return _pool.TryGetValue(value, out shared) ? shared : value;
    }
}
