using System.Diagnostics.CodeAnalysis;
using CertLint.Cli.Commands;
using CommandLine;
using CommandLine.Text;

namespace CertLint.Cli;

public static class CliApp
{
    public static string Version => typeof(CliApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>Every verb, registered in code (no reflection scan) so Native AOT keeps them.</summary>
    private static readonly Type[] Verbs =
    [
        typeof(ShowCommand),
        typeof(ConvertCommand),
        typeof(PredictCommand),
        typeof(StrerrorCommand),
        typeof(LintCommand),
        typeof(RulesCommand),
        typeof(TlsCheckCommand),
    ];

    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(ShowCommand))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(ConvertCommand))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(PredictCommand))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(StrerrorCommand))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(LintCommand))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(RulesCommand))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(TlsCheckCommand))]
    public static int Run(string[] args, CliContext context)
    {
        args = Lint.RepeatableOptions.Normalize(HelpFlags(args));
        using var parser = new Parser(settings =>
        {
            settings.HelpWriter = null;
            settings.CaseInsensitiveEnumValues = true;
            settings.AutoVersion = true;
            settings.AutoHelp = true;
            // `lint --profile a --profile b`: repeatable options (added for lint, issue 3).
            settings.AllowMultiInstance = true;
        });
        var result = parser.ParseArguments(args, Verbs);
        if (result is Parsed<object> { Value: ICommand command })
        {
            try
            {
                return command.Execute(context);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Last line of defence: a bug must still be one line and exit 2, never a stack trace.
                context.Error($"internal error: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}");
                return ExitCodes.UsageOrInput;
            }
        }
        var errors = ((NotParsed<object>)result).Errors.ToList();
        if (errors.IsVersion())
        {
            context.Stdout.WriteLine(Version);
            return ExitCodes.Ok;
        }
        var verb = result.TypeInfo.Current == typeof(NullInstance) ? null : result.TypeInfo.Current;
        if (errors.OfType<HelpVerbRequestedError>().FirstOrDefault() is { } helpVerb)
        {
            if (helpVerb.Matched)
            {
                context.Stdout.WriteLine(UsageErrors.VerbHelp(helpVerb.Type, parser.ParseArguments([helpVerb.Verb, "--help"], Verbs)));
                return ExitCodes.Ok;
            }
            if (helpVerb.Verb is not null)
            {
                context.Stderr.WriteLine(UsageErrors.UnknownVerb(helpVerb.Verb, VerbNames()));
                return ExitCodes.UsageOrInput;
            }
        }
        if (errors.IsHelp())
        {
            context.Stdout.WriteLine(verb is null ? GeneralHelp(result) : UsageErrors.VerbHelp(verb, result));
            return ExitCodes.Ok;
        }
        if (verb is null)
        {
            if (errors.OfType<BadVerbSelectedError>().FirstOrDefault() is { } bad)
            {
                context.Stderr.WriteLine(UsageErrors.UnknownVerb(bad.Token, VerbNames()));
                return ExitCodes.UsageOrInput;
            }
            // No command at all: the overview, on stderr, and exit 2.
            context.Stderr.WriteLine(GeneralHelp(result));
            return ExitCodes.UsageOrInput;
        }
        // One line and a hint, never the whole help.
        context.Stderr.WriteLine(UsageErrors.OneLine(errors, verb));
        return ExitCodes.UsageOrInput;
    }

    /// <summary>`-h` is `--help` (CommandLineParser knows only the long form); nothing after `--` is touched.</summary>
    private static string[] HelpFlags(string[] args)
    {
        var end = Array.IndexOf(args, "--");
        return [.. args.Select((a, i) => a == "-h" && (end < 0 || i < end) ? "--help" : a)];
    }

    private static IEnumerable<string> VerbNames() => Verbs.Select(UsageErrors.VerbName);

    private static string GeneralHelp(ParserResult<object> result) => HelpText.AutoBuild(result, h =>
    {
        h.AdditionalNewLineAfterOption = false;
        h.Heading = $"certlint {Version}";
        h.Copyright = "Lint, decode, convert and TLS-check X.509 certificates against RFC 5280 and real TLS stacks.\n"
            + "usage: certlint COMMAND [options]; 'certlint help COMMAND' or 'certlint COMMAND --help' for a command's options.";
        return h;
    }, e => e, verbsIndex: true);
}
