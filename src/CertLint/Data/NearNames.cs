namespace CertLint.Data;

/// <summary>"Did you mean ...?": edit distance between names, for unknown options, commands and ciphersuites.</summary>
public static class NearNames
{
    /// <summary>The closest candidate within a small edit distance (at most 2, or a third of the name), or null.</summary>
    public static string? Nearest(string token, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(token, candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }
        return bestDistance <= Math.Max(2, token.Length / 3) ? best : null;
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions), O(|a| x |b|) time, O(|b|) memory.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
