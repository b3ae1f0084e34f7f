using System.Text;
using System.Text.RegularExpressions;

namespace CertLint.Linting;

/// <summary>
/// --include/--exclude patterns: <c>*</c> and <c>?</c> within one path segment, <c>**</c> across segments. A pattern
/// without '/' matches the file name; one with '/' matches the path relative to the directory given on the command line.
/// </summary>
public sealed class Glob
{
    private readonly Regex _regex;
    private readonly bool _matchesName;

    /// <exception cref="ArgumentException">The pattern is too large for a linear-time matcher (the message says so).</exception>
    public Glob(string pattern)
    {
        Pattern = pattern;
        _matchesName = !pattern.Contains('/');
        try
        {
            // NonBacktracking: matching time is linear in the name whatever the pattern ('*a*a*a*...*b' backtracked
            // exponentially with the default engine).
            _regex = new Regex("^" + Translate(pattern.TrimStart('/')) + "$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            // The engine refuses automata over 10,000 nodes (about 1,000 '*' or 4,000 '?').
            throw new ArgumentException($"pattern of {pattern.Length} characters is too large to match in linear time");
        }
    }

    public string Pattern { get; }

    public bool Matches(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        return _regex.IsMatch(_matchesName ? path[(path.LastIndexOf('/') + 1)..] : path);
    }

    private static string Translate(string pattern)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                regex.Append(c switch { '*' => "[^/]*", '?' => "[^/]", _ => Regex.Escape(c.ToString()) });
            }
        }
        return regex.ToString();
    }
}
