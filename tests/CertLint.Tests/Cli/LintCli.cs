using CertLint.Cli;

namespace CertLint.Tests.Cli;

/// <summary>
/// Runs `certlint` in-process like <see cref="CliRunner"/>, but with a chosen working directory, terminal flags and
/// clock, for the lint tests that depend on them; plus a scratch directory that is removed afterwards.
/// </summary>
public sealed class LintCli : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("certlint-lint-").FullName;

    public string PathOf(string name) => Path.Combine(Directory, name);

    public CliResult Run(params string[] args) => RunWith(terminal: false, noColorEnv: false, Now, args);

    public CliResult RunWith(bool terminal, bool noColorEnv, DateTimeOffset now, params string[] args) =>
        RunWith(terminal, noColorEnv, new FixedClock(now), args);

    public CliResult RunWith(bool terminal, bool noColorEnv, TimeProvider clock, params string[] args)
    {
        // A terminal cannot be faked for a child process: those runs stay in-process.
        if (ExternalCli.Executable is { } exe && !terminal && clock is FixedClock fixedClock)
        {
            return ExternalCli.Run(exe, args, stdin: null, Directory, fixedClock.GetUtcNow(),
                noColorEnv ? new Dictionary<string, string?> { ["NO_COLOR"] = "1" } : null);
        }
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var context = new CliContext
        {
            Stdout = stdout,
            Stderr = stderr,
            OpenStdin = () => new MemoryStream(),
            OpenStdoutBinary = () => new MemoryStream(),
            StdoutIsTerminal = terminal,
            StderrIsTerminal = terminal,
            NoColorEnvironment = noColorEnv,
            Clock = clock,
            WorkingDirectory = Directory,
        };
        var code = CliApp.Run(args, context);
        return new CliResult(code, stdout.ToString(), stderr.ToString(), System.Text.Encoding.UTF8.GetBytes(stdout.ToString()));
    }

    /// <summary>Copies fixtures into the scratch directory (relative paths keep reports free of machine paths).</summary>
    public void Copy(params string[] fixtures)
    {
        foreach (var fixture in fixtures)
        {
            File.Copy(Fixtures.Path(fixture), PathOf(Path.GetFileName(fixture)));
        }
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
