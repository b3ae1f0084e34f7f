using System.Diagnostics;
using CertLint.IO;
using CertLint.Tests.Cli;

namespace CertLint.Tests.Hostile;

/// <summary>
/// Issue 10: one atomic-file implementation; the temporary file exists only while the write runs and is removed on
/// failure and on SIGINT/SIGTERM; --force keeps the replaced file's mode; --output and --write-baseline must differ.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OutputFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("certlint-out-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Input()
    {
        var path = Path.Combine(_dir, "in.pem");
        File.WriteAllText(path, HostileKit.Pem(HostileKit.Certificate("out")));
        return path;
    }

    private string[] Entries() => [.. Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public void NothingIsCreatedBeforeTheWriteStarts()
    {
        using (var staged = AtomicFile.Begin(Path.Combine(_dir, "r.txt"), overwrite: false))
        {
            Assert.Empty(Entries());
            staged.Stream.WriteByte(1);
            Assert.Single(Entries());
            Assert.Single(TemporaryFiles.Current, p => p.StartsWith(_dir, StringComparison.Ordinal));
        }
        // Dropped without a commit: gone, and no longer tracked.
        Assert.Empty(Entries());
        Assert.DoesNotContain(TemporaryFiles.Current, p => p.StartsWith(_dir, StringComparison.Ordinal));
    }

    [Fact]
    public void DeleteAllRemovesStagedFilesAsTheSignalHandlerDoes()
    {
        var staged = AtomicFile.Begin(Path.Combine(_dir, "r.txt"), overwrite: false);
        staged.Stream.WriteByte(1);
        Assert.Single(Entries());
        TemporaryFiles.DeleteAll();
        Assert.Empty(Entries());
        staged.Dispose();
    }

    [Fact]
    public void ForceKeepsTheModeOfTheReplacedFile()
    {
        var input = Input();
        var report = Path.Combine(_dir, "report.txt");
        File.WriteAllText(report, "old");
        File.SetUnixFileMode(report, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.NotEqual(2, CliRunner.Run("lint", "--output", report, "--force", input).ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(report));
        Assert.NotEqual("old", File.ReadAllText(report));
        Assert.Equal(["in.pem", "report.txt"], Entries());

        var der = Path.Combine(_dir, "out.der");
        File.WriteAllText(der, "old");
        File.SetUnixFileMode(der, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.Equal(0, CliRunner.Run("convert", input, "--to", "der", "-o", der, "--force").ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(der));
    }

    /// <summary>Renaming a file onto a FIFO or device replaces the node itself; as root, --output /dev/null --force would.</summary>
    [Theory]
    [InlineData("lint", "--output")]
    [InlineData("lint", "--write-baseline")]
    [InlineData("convert", "-o")]
    public void ForceNeverReplacesAFifoOrDevice(string command, string option)
    {
        var fifo = Path.Combine(_dir, "pipe");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }
        var result = CliRunner.Run(command, Input(), option, fifo, "--force");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"certlint: {fifo}: is a FIFO (named pipe), not a regular file; it is never replaced", result.Stderr.Trim().Split('\n')[^1]);
        Assert.Equal(FileKind.Fifo, FileKinds.Probe(fifo).Kind);
        Assert.Equal(["in.pem", "pipe"], Entries());
        // Named as typed, not as resolved (lint's --output gave the absolute path).
        var typed = Path.GetRelativePath(Environment.CurrentDirectory, fifo);
        var relative = CliRunner.Run(command, Input(), option, typed, "--force");
        Assert.Equal($"certlint: {typed}: is a FIFO (named pipe), not a regular file; it is never replaced", relative.Stderr.Trim().Split('\n')[^1]);
    }

    /// <summary>A folder where no file can be created (/proc): one line and exit 2, not an internal error.</summary>
    [Theory]
    [InlineData("lint", "--output")]
    [InlineData("lint", "--write-baseline")]
    [InlineData("convert", "-o")]
    public void AnOutputThatCannotBeCreatedIsOneLine(string command, string option)
    {
        if (!Directory.Exists("/proc/self"))
        {
            return;
        }
        var result = CliRunner.Run(command, Input(), option, "/proc/certlint-out.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("certlint: /proc/certlint-out.txt: cannot write: a file cannot be created in its directory", result.Stderr.Trim().Split('\n')[^1]);
        Assert.DoesNotContain("internal error", result.Stderr);
    }

    [Fact]
    public void OutputAndBaselineOnTheSameFileIsAUsageError()
    {
        var result = CliRunner.Run("lint", "--output", Path.Combine(_dir, "x"), "--write-baseline", Path.Combine(_dir, "sub", "..", "x"), Input());
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--output and --write-baseline both name", result.Stderr);
        Assert.Equal(["in.pem"], Entries());
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public void SignalDuringLintOutputLeavesNoTemporaryFile(string signal)
    {
        // A slow input: 20,000 malformed PEM blocks keep lint busy for seconds while its report is being written.
        var input = Path.Combine(_dir, "slow.pem");
        File.WriteAllText(input, string.Concat(Enumerable.Repeat("-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n", 20_000)));
        using var process = HostileKit.StartCli(_dir, "lint", "--output", "report.txt", "slow.pem");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var watch = Stopwatch.StartNew();
        while (!Entries().Any(e => e.EndsWith(".tmp", StringComparison.Ordinal)) && !process.HasExited && watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(20);
        }
        Assert.False(process.HasExited, "lint finished before it could be interrupted");
        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString()]))
        {
            kill.WaitForExit();
        }
        if (signal == "INT" && InterruptIgnoredByThisProcess())
        {
            // Run as a background job of a non-interactive shell, this process ignores SIGINT and so does its child
            // (an ignored signal stays ignored across exec): lint goes on, and its report still lands whole.
            Assert.True(process.WaitForExit(60_000));
            Assert.Equal(["report.txt", "slow.pem"], Entries());
            return;
        }
        Assert.True(process.WaitForExit(30_000));
        Assert.NotEqual(0, process.ExitCode);
        Assert.Equal(["slow.pem"], Entries());
    }

    private static bool InterruptIgnoredByThisProcess()
    {
        var mask = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return mask is not null && (Convert.ToUInt64(mask["SigIgn:".Length..].Trim(), 16) & (1UL << (2 - 1))) != 0;
    }

    [Fact]
    public void LintOutputDashIsStandardOutput()
    {
        // It wrote a file named "-" in the working directory before.
        var dash = Path.Combine(Environment.CurrentDirectory, "-");
        var existed = File.Exists(dash);
        var result = CliRunner.Run("lint", "--output", "-", "--format", "json", Input());
        Assert.NotEqual(2, result.ExitCode);
        Assert.Contains("\"tool\"", result.Stdout);
        Assert.Equal(existed, File.Exists(dash));
    }
}
