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
        typeof(ProbeCommand),
        typeof(ExplainLogCommand),
    ];

    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(ShowCommand))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(ConvertCommand))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(PredictCommand))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(StrerrorCommand))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(LintCommand))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(RulesCommand))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(TlsCheckCommand))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(ProbeCommand))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(ExplainLogCommand))]
    public static int Run(string[] args, CliContext context)
    {
        args = Lint.RepeatableOptions.Normalize(args);
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
        var help = HelpText.AutoBuild(result, h =>
        {
            h.AdditionalNewLineAfterOption = false;
            h.Heading = $"certlint {Version}";
            h.Copyright = "Lint, decode, convert and TLS-check X.509 certificates against RFC 5280 and real TLS stacks.";
            return HelpText.DefaultParsingErrorsHandler(result, h);
        }, e => e, verbsIndex: result.TypeInfo.Current == typeof(NullInstance));
        if (errors.IsVersion())
        {
            context.Stdout.WriteLine(Version);
            return ExitCodes.Ok;
        }
        if (errors.IsHelp())
        {
            context.Stdout.WriteLine(help);
            return ExitCodes.Ok;
        }
        context.Stderr.WriteLine(help);
        return ExitCodes.UsageOrInput;
    }
}
