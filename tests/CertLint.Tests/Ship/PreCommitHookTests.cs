namespace CertLint.Tests.Ship;

/// <summary>Runs only where the `pre-commit` tool is installed (.ci/run installs it); skipped with that reason otherwise.</summary>
public sealed class PreCommitFactAttribute : FactAttribute
{
    private static readonly Lazy<bool> Found = new(() => !OperatingSystem.IsWindows() && ExternalCommand.Exists("pre-commit", "--version"));

    public PreCommitFactAttribute()
    {
        if (!Found.Value)
        {
            Skip = "the pre-commit tool is not installed (.ci/run installs it with apt or pip): the hook tests are skipped";
        }
    }
}

/// <summary>
/// `.pre-commit-hooks.yaml`: `pre-commit try-repo` runs this repository's hooks, as a user's `.pre-commit-config.yaml`
/// would, on a temporary git repository holding one good and one bad certificate. try-repo takes the repository's
/// committed state (plus uncommitted changes to tracked files).
/// </summary>
public sealed class PreCommitHookTests : IDisposable
{
    // The `language: dotnet` hook packs the whole solution on first use: minutes on a busy 2-core machine.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(25);
    private readonly string _dir = Directory.CreateTempSubdirectory("certlint-pre-commit-").FullName;
    private readonly string _repo;

    public PreCommitHookTests()
    {
        _repo = Path.Combine(_dir, "repo");
        Directory.CreateDirectory(_repo);
        Git("init", "-q");
        Git("config", "user.email", "test@example.invalid");
        Git("config", "user.name", "CertLint test");
        File.Copy(Fixtures.Path("lint/leaf.pem"), Path.Combine(_repo, "good.pem"));
        File.Copy(Fixtures.Path("lint/leaf.der"), Path.Combine(_repo, "good.DER"));
        File.Copy(Fixtures.Path("lint/zero-serial.pem"), Path.Combine(_repo, "bad.crt"));
        // Not a certificate file name: the hook must not look at it.
        File.Copy(Fixtures.Path("lint/malformed.pem"), Path.Combine(_repo, "notes.txt"));
        Git("add", ".");
    }

    [PreCommitFact]
    public void TheSystemHookFailsOnAnErrorFindingAndPassesWithoutIt()
    {
        // certlint on PATH: the binary under test in CI (CERTLINT_EXE), else the CLI this test project built.
        var bin = Path.Combine(_dir, "bin");
        Directory.CreateDirectory(bin);
        var certlint = Path.Combine(bin, "certlint");
        var target = Cli.ExternalCli.Executable is { } exe
            ? $"exec '{exe}' \"$@\""
            : $"exec dotnet '{Path.Combine(AppContext.BaseDirectory, "certlint.dll")}' \"$@\"";
        File.WriteAllText(certlint, "#!/bin/sh\n" + target + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(certlint, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var path = new Dictionary<string, string> { ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") };

        AssertFailsOnBadThenPasses("certlint-lint-system", path);
    }

    /// <summary>The real `language: dotnet` hook: pre-commit packs the tool from this repository and installs it.</summary>
    [PreCommitFact]
    public void TheDotnetHookBuildsCertlintAndFailsOnAnErrorFinding() => AssertFailsOnBadThenPasses("certlint-lint", []);

    private void AssertFailsOnBadThenPasses(string hook, Dictionary<string, string> environment)
    {
        environment["PRE_COMMIT_HOME"] = Path.Combine(_dir, "cache");
        var failed = PreCommit(hook, environment);
        Assert.True(failed.ExitCode == 1, failed.Both);
        Assert.Contains("Failed", failed.Stdout);
        Assert.Contains("bad.crt", failed.Stdout);
        Assert.Contains("rfc5280.serial.positive", failed.Stdout);
        Assert.DoesNotContain("notes.txt", failed.Stdout);

        Git("rm", "-q", "-f", "bad.crt");
        var passed = PreCommit(hook, environment);
        Assert.True(passed.ExitCode == 0, passed.Both);
        Assert.Contains("Passed", passed.Stdout);
    }

    private ExternalCommand.Result PreCommit(string hook, Dictionary<string, string> environment) =>
        ExternalCommand.Run("pre-commit", ["try-repo", Fixtures.RepoRoot, hook, "--all-files", "--verbose"], _repo, Timeout, environment);

    private void Git(params string[] args)
    {
        var result = ExternalCommand.Run("git", args, _repo, TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, result.Both);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
