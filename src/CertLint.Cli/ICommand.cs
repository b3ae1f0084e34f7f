namespace CertLint.Cli;

/// <summary>An options class that knows how to run itself; one per verb.</summary>
public interface ICommand
{
    int Execute(CliContext context);
}

public static class ExitCodes
{
    public const int Ok = 0;
    public const int Findings = 1;
    public const int UsageOrInput = 2;
}
