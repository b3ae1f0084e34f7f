namespace CertLint.Cli.Lint;

/// <summary>
/// Makes `lint --profile a --profile b PATH` (and every verb's list options) work: a list option takes every value
/// that follows it (<see cref="Arguments.OptionShape.List"/>; PATH would become a profile). Each occurrence of a
/// repeatable option, with its one value, is moved behind the positional arguments, where nothing follows it to
/// swallow; repeated occurrences add up.
/// </summary>
public static class RepeatableOptions
{
    /// <summary>Each verb's list options (add new ones here). Values may also be comma-separated: <see cref="OptionLists"/>.</summary>
    public static readonly Dictionary<string, string[]> ListOptions = new(StringComparer.Ordinal)
    {
        ["lint"] = ["profile", "chain", "ca", "include", "exclude", "target", "mbedtls-define", "mbedtls-undef", "mbedtls-config", "groups"],
        ["predict"] = ["chain", "ca", "target", "mbedtls-define", "mbedtls-undef", "mbedtls-config", "groups"],
        ["tls-check"] = ["suite", "target", "groups", "sig-algs"],
        ["strerror"] = ["target"],
    };

    public static string[] Normalize(string[] args)
    {
        if (args.Length == 0 || !ListOptions.TryGetValue(args[0], out var names))
        {
            return args;
        }
        var front = new List<string>();
        var moved = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                front.AddRange(args[i..]);
                break;
            }
            if (arg.StartsWith("--", StringComparison.Ordinal) && names.Contains(arg[2..].Split('=')[0]))
            {
                moved.Add(arg);
                if (!arg.Contains('=') && i + 1 < args.Length)
                {
                    moved.Add(args[++i]);
                }
                continue;
            }
            front.Add(arg);
        }
        return [.. front, .. moved];
    }
}
