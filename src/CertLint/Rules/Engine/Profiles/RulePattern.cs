namespace CertLint.Rules.Engine.Profiles;

/// <summary>A rule ID, or a pattern with <c>*</c> (any run of characters), as profiles write them.</summary>
public static class RulePattern
{
    public static bool IsPattern(string text) => text.Contains('*');

    public static bool Matches(string pattern, string id)
    {
        if (!IsPattern(pattern))
        {
            return string.Equals(pattern, id, StringComparison.Ordinal);
        }
        var parts = pattern.Split('*');
        if (!id.StartsWith(parts[0], StringComparison.Ordinal) || !id.EndsWith(parts[^1], StringComparison.Ordinal)
            || id.Length < parts[0].Length + parts[^1].Length)
        {
            return false;
        }
        var position = parts[0].Length;
        var end = id.Length - parts[^1].Length;
        foreach (var middle in parts[1..^1])
        {
            var found = id.IndexOf(middle, position, end - position, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }
            position = found + middle.Length;
        }
        return true;
    }
}
