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
        // The count is read without a lock: a few entries past the capacity under a race are harmless.
        return _pool.Count < Capacity ? _pool.GetOrAdd(value, value) : value;
    }
}
