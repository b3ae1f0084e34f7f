using CertLint.Cli.Arguments;

namespace CertLint.Cli;

/// <summary>
/// Usage errors as one line plus a hint (`certlint: unknown option --targte (did you mean --target?); see
/// 'certlint lint --help'`). Each verb's help (<see cref="HelpScreen"/>) starts with a usage line and an example.
/// </summary>
public static class UsageErrors
{
    public static string UnknownVerb(string token, IEnumerable<string> verbs)
    {
        var near = Nearest(token, verbs);
        return $"certlint: unknown command '{token}'{(near is null ? "" : $" (did you mean {near}?)")}; see 'certlint --help'";
    }

    /// <summary>A command that reads inputs got none: neither a path argument nor a `--files-from` list (printed through CliContext.Error, which adds "certlint: ").</summary>
    public static string NoInput(string verb, string argument) =>
        $"missing argument (give one or more {argument}s, or --files-from FILE); see 'certlint {verb} --help'";

    public static string OneLine(UsageError error, VerbSpec verb)
    {
        var what = error switch
        {
            UsageError.UnknownOption u => UnknownOption(u.Token, verb),
            UsageError.MissingRequired { Option: { } name } => "missing --" + name,
            UsageError.MissingRequired => "missing argument",
            UsageError.MissingValue m => $"--{m.Option} needs a value",
            UsageError.BadValue b => $"--{b.Option}: bad value",
            _ => "bad usage",
        };
        return $"certlint: {what}; see 'certlint {verb.Name} --help'";
    }

    private static string UnknownOption(string token, VerbSpec verb)
    {
        var near = Nearest(token, [.. verb.Options.Select(o => o.Name), "help"]);
        var shown = token.Length == 1 ? "-" + token : "--" + token;
        return $"unknown option {shown}{(near is null ? "" : $" (did you mean --{near}?)")}";
    }

    private static string? Nearest(string token, IEnumerable<string> candidates) => Data.NearNames.Nearest(token, candidates);
}
