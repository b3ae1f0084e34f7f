using CertLint.Cli.Arguments;
using CertLint.Cli.Commands;

namespace CertLint.Cli;

public static class CliApp
{
    /// <summary>The assembly version as major.minor.build (from the build's constant: no reflection at start-up).</summary>
    public static string Version { get; } = System.Version.Parse(AssemblyVersionConstant.Value).ToString(3);

    /// <summary>Every verb, in the order the overview lists them; each command class declares its own options table.</summary>
    public static IReadOnlyList<VerbSpec> Verbs => verbs ??=
    [
        ShowCommand.Spec,
        ConvertCommand.Spec,
        PredictCommand.Spec,
        StrerrorCommand.Spec,
        LintCommand.Spec,
        RulesCommand.Spec,
        TlsCheckCommand.Spec,
        ProbeCommand.Spec,
        ExplainLogCommand.Spec,
    ];

    private static IReadOnlyList<VerbSpec>? verbs;

    public static int Run(string[] args, CliContext context)
    {
        args = Lint.RepeatableOptions.Normalize(HelpFlags(args));
        if (args.Length == 0)
        {
            // No command at all: the overview, on stderr, and exit 2.
            context.Stderr.WriteLine(HelpScreen.Overview(Verbs, Version));
            return ExitCodes.UsageOrInput;
        }
        if (args[0] is "--version" or "version")
        {
            context.Stdout.WriteLine(Version);
            return ExitCodes.Ok;
        }
        if (args[0] is "help" or "--help")
        {
            // `help VERB` and `--help VERB`: that verb's help; anything else the overview.
            var about = args.Length > 1 ? Find(args[1]) : null;
            context.Stdout.WriteLine(about is null ? HelpScreen.Overview(Verbs, Version) : HelpScreen.ForVerb(about));
            return ExitCodes.Ok;
        }
        var verb = Find(args[0]);
        if (verb is null)
        {
            context.Stderr.WriteLine(UsageErrors.UnknownVerb(args[0], Verbs.Select(v => v.Name)));
            return ExitCodes.UsageOrInput;
        }
        var rest = args[1..];
        // --help and --version win over everything else a verb is given (the first of them, also as `--help=x`).
        switch (FirstHelpOrVersion(rest))
        {
            case "--help":
                context.Stdout.WriteLine(HelpScreen.ForVerb(verb));
                return ExitCodes.Ok;
            case "--version":
                context.Stdout.WriteLine(Version);
                return ExitCodes.Ok;
        }
        if (ArgumentParser.Parse(verb, rest, out var error) is not { } command)
        {
            // One line and a hint, never the whole help.
            context.Stderr.WriteLine(UsageErrors.OneLine(error!, verb));
            return ExitCodes.UsageOrInput;
        }
        try
        {
            return command.Execute(context);
        }
        catch (IO.OutputFailedException ex)
        {
            // Every command's output files fail the same way: the file, what is wrong, exit 2.
            context.Error(ex.OutputPath, ex.Reason);
            return ExitCodes.UsageOrInput;
        }
        catch (OutOfMemoryException)
        {
            // The limits keep every input within 64 MiB under 1 GiB; should one still run out (a machine with less),
            // the models are unreachable once the stack has unwound, and one line can still be written.
            context.Error("out of memory: this input needs more memory than this machine gives the process");
            return ExitCodes.UsageOrInput;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Last line of defence: a bug must still be one line and exit 2, never a stack trace.
            context.Error($"internal error: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.UsageOrInput;
        }
    }

    /// <summary>
    /// The verb of that name, building only its own options table (not all of <see cref="Verbs"/>: a command's start
    /// pays for one table; issue 15). A test checks that this finds exactly the verbs <see cref="Verbs"/> lists.
    /// </summary>
    internal static VerbSpec? Find(string name) => name switch
    {
        "show" => ShowCommand.Spec,
        "convert" => ConvertCommand.Spec,
        "predict" => PredictCommand.Spec,
        "strerror" => StrerrorCommand.Spec,
        "lint" => LintCommand.Spec,
        "rules" => RulesCommand.Spec,
        "tls-check" => TlsCheckCommand.Spec,
        "probe" => ProbeCommand.Spec,
        "explain-log" => ExplainLogCommand.Spec,
        _ => null,
    };

    /// <summary>`-h` is `--help`; nothing after `--` is touched.</summary>
    private static string[] HelpFlags(string[] args)
    {
        var end = Array.IndexOf(args, "--");
        var result = (string[])args.Clone();
        for (var i = 0; i < result.Length && (end < 0 || i < end); i++)
        {
            if (result[i] == "-h")
            {
                result[i] = "--help";
            }
        }
        return result;
    }

    /// <summary>The first argument that is `--help` or `--version` (also as `--help=x`), by its name; null when none.</summary>
    private static string? FirstHelpOrVersion(string[] args)
    {
        foreach (var arg in args)
        {
            var name = arg.Split('=')[0];
            if (name is "--help" or "--version")
            {
                return name;
            }
        }
        return null;
    }
}
