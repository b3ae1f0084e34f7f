using System.ComponentModel;
using System.Diagnostics;

namespace CertLint.Tests.Ship;

/// <summary>Runs a program (dotnet, git, pre-commit, an installed certlint) for the packaging tests.</summary>
public static class ExternalCommand
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string Both => Stdout + Stderr;
    }

    public static Result Run(string file, IEnumerable<string> args, string workingDirectory, TimeSpan timeout, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        // Child dotnet processes must not inherit the test host's own settings (e.g. MSBuild node reuse).
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in {timeout}");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>True when <paramref name="file"/> can be started (it is on PATH).</summary>
    public static bool Exists(string file, params string[] versionArgs)
    {
        try
        {
            return Run(file, versionArgs, Directory.GetCurrentDirectory(), TimeSpan.FromSeconds(30)).ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }
}
