using System.Diagnostics;
using CertLint.Linting;
using CertLint.Tests.Cli;

namespace CertLint.Tests.Hostile;

/// <summary>
/// Issue 10: a walk never hangs on a FIFO (skipped with a note), follows symbolic links to files and directories
/// (`lint /etc/ssl/certs` is mostly links) without looping, and reports a directory it cannot list (exit 2).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DirectoryWalkTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("certlint-walk-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Cert(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, HostileKit.Pem(HostileKit.Certificate(Path.GetFileNameWithoutExtension(path))));
        return path;
    }

    [Fact]
    public async Task FifoIsSkippedWithANoteInsteadOfHanging()
    {
        Cert("dir/a.pem");
        var fifo = Path.Combine(_root, "dir", "pipe.pem");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }
        var run = Task.Run(() => CliRunner.Run("lint", Path.Combine(_root, "dir")));
        var result = await run.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("pipe.pem: skipped: a FIFO (named pipe), not a regular file", result.Stderr);
        Assert.Contains("1 file, 1 certificate", result.Stdout);
    }

    [Fact]
    public void SymbolicLinksToFilesAreFollowedLikeEtcSslCerts()
    {
        var targets = Enumerable.Range(0, 5).Select(i => Cert($"store/cert{i}.crt")).ToList();
        Directory.CreateDirectory(Path.Combine(_root, "certs"));
        for (var i = 0; i < targets.Count; i++)
        {
            File.CreateSymbolicLink(Path.Combine(_root, "certs", $"{i:x8}.0"), Path.Combine("..", "store", $"cert{i}.crt"));
        }
        File.CreateSymbolicLink(Path.Combine(_root, "certs", "dangling.pem"), "no-such-file");
        var result = CliRunner.Run("lint", Path.Combine(_root, "certs"));
        // Before: links were skipped, so a folder of hash links linted nothing.
        Assert.Contains("5 files, 5 certificates", result.Stdout);
        Assert.Contains("dangling.pem: skipped: missing (broken symbolic link?)", result.Stderr);
    }

    [Fact]
    public void DirectoryLinkLoopsEnd()
    {
        Cert("top/a.pem");
        Directory.CreateDirectory(Path.Combine(_root, "top", "sub"));
        File.CreateSymbolicLink(Path.Combine(_root, "top", "sub", "back"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_root, "top", "sub", "self"), ".");
        var result = CliRunner.Run("lint", Path.Combine(_root, "top"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 file, 1 certificate", result.Stdout);
        Assert.Contains("link loops end", result.Stderr);
    }

    [Fact]
    public void UnreadableSubdirectoryIsAnInputError()
    {
        Cert("d/a.pem");
        Directory.CreateDirectory(Path.Combine(_root, "d", "locked"));
        var inputs = InputPaths.Expand(["d"], [], [], _root, list: directory => directory.EndsWith("locked", StringComparison.Ordinal)
            ? ([], new UnauthorizedAccessException("Access to the path is denied."))
            : InputPaths.List(directory));
        Assert.Equal(["d/a.pem", "d/locked"], inputs.Select(i => i.Path));
        Assert.Equal("cannot read directory: permission denied", inputs[1].Error);
    }

    [Fact]
    public void UnreadableSubdirectoryFailsLintWithExit2()
    {
        Cert("d/a.pem");
        var locked = Path.Combine(_root, "d", "locked");
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var (exitCode, stderr) = LintWithoutOverridingPermissions(Path.Combine(_root, "d"));
            Assert.Equal(2, exitCode);
            Assert.Contains("locked: cannot read directory: permission denied", stderr);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>
    /// Root reads a 000 directory anyway (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH): as root the CLI runs as a child
    /// process with those two capabilities dropped (util-linux setpriv), so permissions apply to it as to any user.
    /// </summary>
    private static (int ExitCode, string Stderr) LintWithoutOverridingPermissions(string directory)
    {
        if (Environment.UserName != "root")
        {
            var result = CliRunner.Run("lint", directory);
            return (result.ExitCode, result.Stderr);
        }
        var start = new ProcessStartInfo("setpriv") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--bounding-set", "-dac_override,-dac_read_search", "--", Path.Combine(AppContext.BaseDirectory, "certlint"), "lint", directory })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        stdout.Wait();
        return (process.ExitCode, stderr);
    }
}
