namespace CertLint.Tests.Ship;

/// <summary>
/// `dotnet tool install`: the CLI project packs as a tool package whose command is `certlint`; installed from a local
/// folder into a temporary tool path, it runs.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private readonly string _dir = Directory.CreateTempSubdirectory("certlint-tool-").FullName;

    [Fact]
    public void TheToolPackageInstallsFromALocalFolderAndRunsCertlint()
    {
        var feed = Path.Combine(_dir, "feed");
        var tools = Path.Combine(_dir, "tools");
        // The test build has just built the CLI in this configuration: pack what it built.
        var pack = ExternalCommand.Run("dotnet", ["pack", Path.Combine(Fixtures.RepoRoot, "src", "CertLint.Cli", "CertLint.Cli.csproj"),
            "-c", Configuration, "--no-build", "-o", feed], Fixtures.RepoRoot, Timeout);
        Assert.True(pack.ExitCode == 0, pack.Both);
        var package = Assert.Single(Directory.GetFiles(feed, "*.nupkg"));
        Assert.StartsWith("CertLint.Cli.", Path.GetFileName(package));

        // Only the local folder as a source: nothing is fetched from a registry.
        var config = Path.Combine(_dir, "nuget.config");
        File.WriteAllText(config, "<?xml version=\"1.0\" encoding=\"utf-8\"?><configuration><packageSources><clear /></packageSources></configuration>");
        var install = ExternalCommand.Run("dotnet", ["tool", "install", "CertLint.Cli", "--tool-path", tools, "--add-source", feed, "--configfile", config],
            _dir, Timeout);
        Assert.True(install.ExitCode == 0, install.Both);
        Assert.Contains("certlint", install.Stdout);

        var certlint = Path.Combine(tools, OperatingSystem.IsWindows() ? "certlint.exe" : "certlint");
        var version = ExternalCommand.Run(certlint, ["--version"], _dir, Timeout);
        Assert.Equal((0, CertLint.Cli.CliApp.Version), (version.ExitCode, version.Stdout.Trim()));

        var lint = ExternalCommand.Run(certlint, ["lint", "--format", "jsonl", Fixtures.Path("lint/zero-serial.pem")], _dir, Timeout);
        Assert.Equal(1, lint.ExitCode);
        Assert.Contains("\"rule\":\"rfc5280.serial.positive\"", lint.Stdout);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
