using System.Collections.Concurrent;

namespace CertLint.Asn1;

/// <summary>
/// One shared copy of the strings every decoded object repeats (field paths, OIDs): a 64 MiB bundle of 100,000
/// certificates otherwise holds some 40 copies of them per certificate, a third of its decoded size. Bounded, so
/// hostile input with ever-new paths (a million SANs) stops adding entries instead of growing the pool.
/// </summary>
internal static class StringPool
{
    private const int Capacity = 16_384;
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    public static string Intern(string value)
    {
        if (Pool.TryGetValue(value, out var shared))
        {
            return shared;
        }
        // The count is read without a lock: a few entries past the capacity under a race are harmless.
        return Pool.Count < Capacity ? Pool.GetOrAdd(value, value) : value;
    }
}
