namespace CertLint.Rules;

/// <summary>
/// Repeated entries in a list (extensions, SAN names, EKU purposes, policies), found with one hash lookup per entry so
/// that a certificate with 100,000 names costs 100,000 steps, not 5 billion comparisons.
/// </summary>
public static class Duplicates
{
    /// <summary>
    /// Each entry whose key was seen before, with the index of the first entry holding that key, in list order; an
    /// empty list (allocating nothing) when no key repeats. Entries whose key is null take no part.
    /// </summary>
    public static IReadOnlyList<(int Index, int First)> Of<T, TKey>(IReadOnlyList<T> items, Func<T, TKey?> key, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        comparer ??= EqualityComparer<TKey>.Default;
        return items.Count <= ComparedPairwise ? Pairwise(items, key, comparer) : Hashed(items, key, comparer);
    }

    /// <summary>
    /// Up to this many entries (the usual certificate: ten extensions, a few names) are compared pairwise, at most
    /// 120 comparisons and no table: every certificate of a bundle is checked, and a table per list per certificate
    /// was most of what the duplicate rules allocated.
    /// </summary>
    private const int ComparedPairwise = 16;

    private static IReadOnlyList<(int, int)> Pairwise<T, TKey>(IReadOnlyList<T> items, Func<T, TKey?> key, IEqualityComparer<TKey> comparer) where TKey : notnull
    {
        List<(int, int)>? repeats = null;
        for (var i = 1; i < items.Count; i++)
        {
            if (key(items[i]) is not { } k)
            {
                continue;
            }
            for (var j = 0; j < i; j++)
            {
                if (key(items[j]) is { } earlier && comparer.Equals(earlier, k))
                {
                    (repeats ??= []).Add((i, j));
                    break;
                }
            }
        }
        return repeats is null ? [] : repeats;
    }

    private static IReadOnlyList<(int, int)> Hashed<T, TKey>(IReadOnlyList<T> items, Func<T, TKey?> key, IEqualityComparer<TKey> comparer) where TKey : notnull
    {
        var first = new Dictionary<TKey, int>(items.Count, comparer);
        List<(int, int)>? repeats = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (key(items[i]) is not { } k)
            {
                continue;
            }
            if (!first.TryAdd(k, i))
            {
                (repeats ??= []).Add((i, first[k]));
            }
        }
        return repeats is null ? [] : repeats;
    }
}
