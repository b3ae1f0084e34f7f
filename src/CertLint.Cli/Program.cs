namespace CertLint.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var clock = CliContext.ClockFromEnvironment(Environment.GetEnvironmentVariable(CliContext.NowVariable), out var problem);
        var context = CliContext.FromConsole(clock ?? TimeProvider.System);
        // Staged output files and the OpenSSL peer's key folder are removed if the user interrupts (Ctrl-C) or the
        // process is told to stop; the signal then ends the process as usual.
        using var cleanup = CertLint.IO.TemporaryFiles.DeleteOnSignal();
        try
        {
            if (problem is not null)
            {
                context.Error(problem);
                return ExitCodes.UsageOrInput;
            }
            return CliApp.Run(args, context);
        }
        finally
        {
            context.Stdout.Flush();
            context.Stderr.Flush();
        }
    }
}
