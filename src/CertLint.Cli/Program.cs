namespace CertLint.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var context = CliContext.FromConsole();
        try
        {
            return CliApp.Run(args, context);
        }
        finally
        {
            context.Stdout.Flush();
            context.Stderr.Flush();
        }
    }
}
