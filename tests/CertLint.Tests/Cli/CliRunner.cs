using System.Text;
using CertLint.Cli;

namespace CertLint.Tests.Cli;

/// <summary>Runs the CLI in-process with captured streams, as a user's shell would see it.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr, byte[] StdoutBytes);

public static class CliRunner
{
    public static CliResult Run(params string[] args) => RunWithStdin(null, args);

    public static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public static CliResult RunWithStdin(byte[]? stdin, params string[] args)
    {
        if (ExternalCli.Executable is { } exe)
        {
            return ExternalCli.Run(exe, args, stdin, workingDirectory: null, Now);
        }
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var binary = new MemoryStream();
        var context = new CliContext
        {
            Stdout = stdout,
            Stderr = stderr,
            OpenStdin = () => new MemoryStream(stdin ?? []),
            OpenStdoutBinary = () => binary,
            Clock = new FixedClock(Now),
        };
        var code = CliApp.Run(args, context);
        var bytes = binary.Length > 0 ? binary.ToArray() : Encoding.UTF8.GetBytes(stdout.ToString());
        return new CliResult(code, stdout.ToString(), stderr.ToString(), bytes);
    }
}

public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
