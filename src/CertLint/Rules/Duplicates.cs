namespace CertLint.Rules;

/// <summary>
/// Repeated entries in a list (extensions, SAN names, EKU purposes, policies), found with one hash lookup per entry so
/// that a certificate with 100,000 names costs 100,000 steps, not 5 billion comparisons.
/// </summary>
public static class Duplicates
{
    /// <summary>
    /// Each entry whose key was seen before, with the index of the first entry holding that key, in list order.
    /// Entries whose key is null take no part.
    /// </summary>
    public static IEnumerable<(int Index, int First)> Of<T, TKey>(IReadOnlyList<T> items, Func<T, TKey?> key, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        var first = new Dictionary<TKey, int>(comparer);
        for (var i = 0; i < items.Count; i++)
        {
            if (key(items[i]) is not { } k)
            {
                continue;
            }
            if (first.TryGetValue(k, out var j))
            {
                yield return (i, j);
            }
            else
            {
                first.Add(k, i);
            }
        }
    }
}
