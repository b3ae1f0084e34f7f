namespace CertLint.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var clock = CliContext.ClockFromEnvironment(Environment.GetEnvironmentVariable(CliContext.NowVariable), out var problem);
        var context = CliContext.FromConsole(clock ?? TimeProvider.System);
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
