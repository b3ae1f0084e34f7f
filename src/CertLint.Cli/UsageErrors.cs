using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using CertLint.Cli.Commands;
using CommandLine;
using CommandLine.Text;

namespace CertLint.Cli;

/// <summary>
/// Usage errors as one line plus a hint (`certlint: unknown option --targte (did you mean --target?); see
/// 'certlint lint --help'`), and each verb's help, which starts with a usage line and an example.
/// </summary>
public static class UsageErrors
{
    /// <summary>Each verb's usage line and a runnable example (from the repository root).</summary>
    private static readonly Dictionary<Type, (string Usage, string Example)> Synopsis = new()
    {
        [typeof(ShowCommand)] = ("certlint show [options] FILE...", "certlint show fixtures/verdicts/fleet.pem"),
        [typeof(ConvertCommand)] = ("certlint convert [options] INPUT...", "certlint convert fixtures/verdicts/fleet.pem --to pem --output -"),
        [typeof(PredictCommand)] = ("certlint predict [options] FILE...", "certlint predict fixtures/verdicts/devices.pem --target mbedtls-3.6 --chain fixtures/verdicts/ica.pem --ca fixtures/verdicts/root.pem"),
        [typeof(StrerrorCommand)] = ("certlint strerror [options] CODE", "certlint strerror -0x2562 --target mbedtls-2.16"),
        [typeof(LintCommand)] = ("certlint lint [options] PATH...", "certlint lint fixtures/verdicts/fleet.pem --target mbedtls-3.6"),
        [typeof(RulesCommand)] = ("certlint rules list | explain RULE-ID | markdown", "certlint rules explain chain.out-of-order"),
        [typeof(TlsCheckCommand)] = ("certlint tls-check --cert FILE --suite SUITE [options]", "certlint tls-check --cert fixtures/mbedtls/certs/server-ec.pem --suite ECDHE-ECDSA-AES128-CCM8 --target mbedtls-3.6"),
    };

    /// <summary>Each verb's long option names, read from its options class (typeof literals keep the trimmer informed).</summary>
    private static readonly Dictionary<Type, string[]> OptionNames = new()
    {
        [typeof(ShowCommand)] = Names(typeof(ShowCommand)),
        [typeof(ConvertCommand)] = Names(typeof(ConvertCommand)),
        [typeof(PredictCommand)] = Names(typeof(PredictCommand)),
        [typeof(StrerrorCommand)] = Names(typeof(StrerrorCommand)),
        [typeof(LintCommand)] = Names(typeof(LintCommand)),
        [typeof(RulesCommand)] = Names(typeof(RulesCommand)),
        [typeof(TlsCheckCommand)] = Names(typeof(TlsCheckCommand)),
    };

    private static string[] Names([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type verb) =>
        [.. verb.GetProperties().Select(p => p.GetCustomAttribute<OptionAttribute>()?.LongName).OfType<string>().Where(n => n.Length > 0), "help"];

    public static string VerbName(Type verb) => verb.GetCustomAttribute<VerbAttribute>()?.Name ?? verb.Name;

    public static string VerbHelp(Type verb, ParserResult<object> result)
    {
        var (usage, example) = Synopsis.TryGetValue(verb, out var s) ? s : ($"certlint {VerbName(verb)} [options]", $"certlint {VerbName(verb)} --help");
        return HelpText.AutoBuild(result, h =>
        {
            h.AdditionalNewLineAfterOption = false;
            h.Heading = $"usage: {usage}";
            h.Copyright = $"example: {example}\n{verb.GetCustomAttribute<VerbAttribute>()?.HelpText}";
            h.AutoVersion = false;
            return h;
        }, e => e);
    }

    public static string UnknownVerb(string token, IEnumerable<string> verbs)
    {
        var near = Nearest(token, verbs);
        return $"certlint: unknown command '{token}'{(near is null ? "" : $" (did you mean {near}?)")}; see 'certlint --help'";
    }

    /// <summary>A command that reads inputs got none: neither a path argument nor a `--files-from` list (printed through CliContext.Error, which adds "certlint: ").</summary>
    public static string NoInput(string verb, string argument) =>
        $"missing argument (give one or more {argument}s, or --files-from FILE); see 'certlint {verb} --help'";

    public static string OneLine(IReadOnlyList<Error> errors, Type verb)
    {
        var name = VerbName(verb);
        var hint = $"see 'certlint {name} --help'";
        var first = errors.FirstOrDefault();
        var what = first switch
        {
            UnknownOptionError u => UnknownOption(u.Token, verb),
            MissingRequiredOptionError m when m.NameInfo.LongName.Length > 0 => $"missing {(m.NameInfo.LongName.All(char.IsUpper) ? m.NameInfo.LongName : "--" + m.NameInfo.LongName)}",
            MissingRequiredOptionError => "missing argument",
            MissingValueOptionError m => $"--{m.NameInfo.LongName} needs a value",
            BadFormatConversionError b => $"--{b.NameInfo.LongName}: bad value",
            RepeatedOptionError r => $"--{r.NameInfo.LongName} given twice",
            SetValueExceptionError v => $"--{v.NameInfo.LongName}: bad value '{v.Value}'",
            null => "bad usage",
            _ => "bad usage",
        };
        return $"certlint: {what}; {hint}";
    }

    private static string UnknownOption(string token, Type verb)
    {
        var near = Nearest(token, OptionNames.GetValueOrDefault(verb) ?? []);
        var shown = token.Length == 1 ? "-" + token : "--" + token;
        return $"unknown option {shown}{(near is null ? "" : $" (did you mean --{near}?)")}";
    }

    private static string? Nearest(string token, IEnumerable<string> candidates) => Data.NearNames.Nearest(token, candidates);
}
