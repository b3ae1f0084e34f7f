using System.Diagnostics;
using System.Text;
using CertLint.Cli;

namespace CertLint.Tests.Cli;

/// <summary>
/// When CERTLINT_EXE names a built `certlint` (the Native AOT binary in CI), the CLI tests run that executable as a
/// child process instead of calling <see cref="CliApp.Run"/> in-process: the same assertions then check the shipped
/// binary end to end. The fixed test clock is passed through CERTLINT_NOW.
/// </summary>
public static class ExternalCli
{
    public const string Variable = "CERTLINT_EXE";

    public static string? Executable => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } exe ? exe : null;

    public static CliResult Run(string executable, string[] args, byte[]? stdin, string? workingDirectory, DateTimeOffset now, IDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment[CliContext.NowVariable] = now.ToString("O");
        info.Environment.Remove("NO_COLOR");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[name] = value;
        }
        using var process = Process.Start(info)!;
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var readOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var readErr = process.StandardError.BaseStream.CopyToAsync(stderr);
        try
        {
            process.StandardInput.BaseStream.Write(stdin ?? []);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The command did not read its standard input and has exited: nothing to deliver.
        }
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{executable} {string.Join(' ', args)} did not finish in 2 minutes");
        }
        Task.WaitAll(readOut, readErr);
        var bytes = stdout.ToArray();
        return new CliResult(process.ExitCode, Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(stderr.ToArray()), bytes);
    }
}
