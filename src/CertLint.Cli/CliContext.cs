using CertLint.Input;
using CertLint.IO;

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

    /// <summary>
    /// CERTLINT_NOW (ISO 8601): the time every command takes as "now", for reproducible reports and for running the
    /// end-to-end tests against a native binary. Unset: the system clock.
    /// </summary>
    public const string NowVariable = "CERTLINT_NOW";

    /// <summary>The clock CERTLINT_NOW asks for (system clock when unset); null with a problem when it is not a date.</summary>
    public static TimeProvider? ClockFromEnvironment(string? value, out string? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(value))
        {
            return TimeProvider.System;
        }
        if (DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var now))
        {
            return new FixedTimeProvider(now);
        }
        problem = $"{NowVariable} is not a date (use ISO 8601, e.g. 2026-01-15T12:00:00Z)";
        return null;
    }

    public static CliContext FromConsole(TimeProvider clock)
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
            Clock = clock,
        };
    }

    /// <summary>
    /// Reports bad input the one way users may rely on: one line, file first. File names and messages quote hostile
    /// input, so both are escaped (<see cref="TerminalText"/>): an error can never become two lines or a terminal command.
    /// </summary>
    public void Error(string file, string message) => Stderr.WriteLine($"certlint: {TerminalText.Escape(file)}: {TerminalText.Escape(message)}");

    public void Error(string message) => Stderr.WriteLine($"certlint: {TerminalText.Escape(message)}");

    /// <summary>
    /// Input errors, at most <see cref="InputError.PrintedPerFile"/> lines per file and then one line with the count
    /// of the rest (100,000 broken PEM blocks must not print 100,000 lines). JSON and SARIF reports keep them all.
    /// </summary>
    public void Errors(IEnumerable<(string File, string Message)> errors) => Errors(errors.Select(e => (e.File, e.Message, 1)));

    /// <param name="errors">Each with how many errors it counts for (<see cref="InputError.Weight"/>: an input's last error may count those not kept).</param>
    public void Errors(IEnumerable<(string File, string Message, int Weight)> errors)
    {
        var perFile = new Dictionary<string, (int Lines, long Errors)>(StringComparer.Ordinal);
        foreach (var (file, message, weight) in errors)
        {
            var (lines, count) = perFile.GetValueOrDefault(file);
            perFile[file] = (lines + 1, count + weight);
            if (lines < InputError.PrintedPerFile)
            {
                Error(file, message);
            }
        }
        foreach (var (file, (lines, count)) in perFile.Where(f => f.Value.Lines > InputError.PrintedPerFile))
        {
            Error(file, InputError.More(count - InputError.PrintedPerFile));
        }
    }

    public void Errors(IEnumerable<InputError> errors) => Errors(errors.Select(e => (e.File, e.Describe(), e.Weight)));
}

/// <summary>A clock stopped at one instant (CERTLINT_NOW).</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
