namespace CertLint.Rules.Engine.Profiles;

/// <summary>
/// A rule ID, or a pattern with <c>*</c> (any run of characters), as profiles write them. A pattern is split at its
/// stars once (<see cref="Parse"/>), not once per rule it is tried on: a profile's patterns are matched against every
/// rule ID of the catalogue at each start.
/// </summary>
public sealed class RulePattern
{
    private readonly string _text;
    private readonly string[]? _parts;

    private RulePattern(string text)
    {
        _text = text;
        _parts = IsPattern(text) ? text.Split('*') : null;
    }

    public static RulePattern Parse(string text) => new(text);

    public static bool IsPattern(string text) => text.Contains('*');

    public static bool Matches(string pattern, string id) => Parse(pattern).Matches(id);

    public bool Matches(string id)
    {
        if (_parts is not { } parts)
        {
            return string.Equals(_text, id, StringComparison.Ordinal);
        }
        if (!id.StartsWith(parts[0], StringComparison.Ordinal) || !id.EndsWith(parts[^1], StringComparison.Ordinal)
            || id.Length < parts[0].Length + parts[^1].Length)
        {
            return false;
        }
        var position = parts[0].Length;
        var end = id.Length - parts[^1].Length;
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var middle = parts[i];
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
