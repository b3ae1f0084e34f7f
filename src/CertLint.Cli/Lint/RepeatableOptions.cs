namespace CertLint.Cli.Lint;

/// <summary>
/// Makes `lint --profile a --profile b PATH` work with CommandLineParser, whose list options swallow every value
/// that follows them (PATH would become a profile). Each occurrence of a repeatable option, with its one value, is
/// moved behind the positional arguments, where nothing follows it to swallow; AllowMultiInstance then collects them.
/// </summary>
public static class RepeatableOptions
{
    /// <summary>The verb whose options are rearranged, and its list options (add new ones here, e.g. --target).</summary>
    public const string Verb = "lint";

    public static readonly List<string> Names = ["profile", "chain", "ca", "include", "exclude", "target", "mbedtls-define", "mbedtls-undef"];

    public static string[] Normalize(string[] args)
    {
        if (args.Length == 0 || args[0] != Verb)
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
            if (arg.StartsWith("--", StringComparison.Ordinal) && Names.Contains(arg[2..].Split('=')[0]))
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
