namespace CertLint.Tests.Cli;

public class HelpAndVersionTests
{
    [Fact]
    public void VersionPrintsToStdoutAndExitsZero()
    {
        var result = CliRunner.Run("--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout);
    }

    [Fact]
    public void UnknownVerbIsAUsageError()
    {
        var result = CliRunner.Run("frobnicate");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("frobnicate", result.Stderr);
    }

    [Fact]
    public void HelpListsVerbs()
    {
        var result = CliRunner.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("show", result.Stdout);
    }
}
