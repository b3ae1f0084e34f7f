namespace CertLint.Cli.Arguments;

/// <summary>Why a verb's arguments did not parse; <see cref="UsageErrors.OneLine"/> turns the first one into the message.</summary>
public abstract record UsageError
{
    /// <summary>`--targte` or `-x`: <see cref="Token"/> is the name without dashes.</summary>
    public sealed record UnknownOption(string Token) : UsageError;

    /// <summary>A list option given without any value.</summary>
    public sealed record MissingValue(string Option) : UsageError;

    /// <summary>A number option whose value does not convert.</summary>
    public sealed record BadValue(string Option) : UsageError;

    /// <summary>A required option (`--cert`), or a required positional argument when <see cref="Option"/> is null.</summary>
    public sealed record MissingRequired(string? Option) : UsageError;

    /// <summary>Anything else, e.g. `--format=` with nothing after the '='.</summary>
    public sealed record Other : UsageError;
}

/// <summary>
/// Reads one verb's arguments against its <see cref="VerbSpec"/> table. The rules are the ones certlint has always had:
/// `--name value` and `--name=value` (one value, also for a list); `-o value`, `-ovalue`; a switch takes no value (`--quiet=x` is `--quiet x`);
/// options may come before or after the positional arguments; a lone `--` is skipped; `-` and negative numbers
/// (`-0x2562`) are values; a single-value option given again keeps the last, and one given without a value keeps its
/// default; positional arguments beyond the declared ones are ignored; names are case-sensitive.
/// </summary>
public static class ArgumentParser
{
    public static ICommand? Parse(VerbSpec verb, IReadOnlyList<string> args, out UsageError? error)
    {
        var command = verb.Create();
        var unknown = new List<UsageError>();
        var problems = new List<UsageError>();
        var lists = new Dictionary<OptionSpec, List<string>>();
        var positional = new List<string>();
        var stored = new HashSet<OptionSpec>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                continue;
            }
            OptionSpec? option;
            string? inline = null;
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = arg.IndexOf('=');
                var name = eq < 0 ? arg[2..] : arg[2..eq];
                inline = eq < 0 ? null : arg[(eq + 1)..];
                option = verb.Find(name);
                if (option is null)
                {
                    unknown.Add(new UsageError.UnknownOption(name));
                    continue;
                }
            }
            else if (IsShortOption(arg))
            {
                option = verb.FindShort(arg[1]);
                if (option is null)
                {
                    unknown.Add(new UsageError.UnknownOption(arg[1].ToString()));
                    continue;
                }
                inline = arg.Length > 2 ? arg[2..] : null;
            }
            else
            {
                positional.Add(arg);
                continue;
            }
            if (option.Shape == OptionShape.Switch)
            {
                if (inline == "")
                {
                    problems.Add(new UsageError.Other());
                }
                option.Set(command, "");
                if (!string.IsNullOrEmpty(inline))
                {
                    positional.Add(inline);
                }
                continue;
            }
            if (inline == "")
            {
                problems.Add(new UsageError.Other());
                continue;
            }
            var values = new List<string>();
            if (inline is not null)
            {
                values.Add(inline);
            }
            else
            {
                // `--name=value` is one value; `--name value...` takes the next one, or all up to the next option for a list.
                while (i + 1 < args.Count && IsValue(args[i + 1]) && (option.Shape == OptionShape.List || values.Count == 0))
                {
                    values.Add(args[++i]);
                }
            }
            if (option.Shape == OptionShape.List)
            {
                var list = lists.TryGetValue(option, out var l) ? l : lists[option] = [];
                list.AddRange(option.Separator is { } sep ? values.SelectMany(v => v.Split(sep)) : values);
            }
            else if (values.Count > 0)
            {
                if (!option.Set(command, values[0]))
                {
                    problems.Add(new UsageError.BadValue(option.Name));
                }
                stored.Add(option);
            }
        }
        foreach (var (option, values) in lists)
        {
            if (values.Count == 0)
            {
                problems.Add(new UsageError.MissingValue(option.Name));
            }
            option.SetList!(command, values);
        }
        foreach (var option in verb.Options.Where(o => o.Required && !(lists.TryGetValue(o, out var v) ? v.Count > 0 : stored.Contains(o))))
        {
            problems.Add(new UsageError.MissingRequired(option.Name));
        }
        var next = 0;
        foreach (var value in verb.Values)
        {
            if (next >= positional.Count)
            {
                if (value.Required)
                {
                    problems.Add(new UsageError.MissingRequired(null));
                }
                continue;
            }
            value.Set(command, value.Many ? positional[next..] : [positional[next]]);
            next = value.Many ? positional.Count : next + 1;
        }
        error = unknown.Concat(problems).FirstOrDefault();
        return error is null ? command : null;
    }

    /// <summary>`-x`, but not `-`, `--` or a negative number (`-0x2562`, `-3`).</summary>
    private static bool IsShortOption(string arg) => arg.Length > 1 && arg[0] == '-' && arg[1] != '-' && !char.IsDigit(arg[1]);

    private static bool IsValue(string arg) => !arg.StartsWith("--", StringComparison.Ordinal) && !IsShortOption(arg);
}
