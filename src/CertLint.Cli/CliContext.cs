namespace CertLint.Cli;

/// <summary>Everything a command touches outside the library, so tests can run the CLI in-process.</summary>
public sealed class CliContext
{
    public required TextWriter Stdout { get; init; }
    public required TextWriter Stderr { get; init; }
    public required Func<Stream> OpenStdin { get; init; }
    /// <summary>Raw stdout for binary output (DER, PKCS#7); text goes through <see cref="Stdout"/>.</summary>
    public required Func<Stream> OpenStdoutBinary { get; init; }
    public bool StdoutIsTerminal { get; init; }
    public bool StderrIsTerminal { get; init; }
    public bool NoColorEnvironment { get; init; }
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    public static CliContext FromConsole()
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false, NewLine = "\n" };
        var stderr = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true, NewLine = "\n" };
        return new CliContext
        {
            Stdout = stdout,
            Stderr = stderr,
            OpenStdin = Console.OpenStandardInput,
            OpenStdoutBinary = () => { stdout.Flush(); return Console.OpenStandardOutput(); },
            StdoutIsTerminal = !Console.IsOutputRedirected,
            StderrIsTerminal = !Console.IsErrorRedirected,
            NoColorEnvironment = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        };
    }

    /// <summary>Reports bad input the one way users may rely on: one line, file first.</summary>
    public void Error(string file, string message) => Stderr.WriteLine($"certlint: {file}: {message}");

    public void Error(string message) => Stderr.WriteLine($"certlint: {message}");
}
