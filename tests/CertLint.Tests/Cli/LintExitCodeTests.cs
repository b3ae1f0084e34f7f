namespace CertLint.Tests.Cli;

/// <summary>End to end: every exit code of `certlint lint`, and the inputs it accepts.</summary>
public class LintExitCodeTests
{
    [Fact]
    public void CleanCertificateExitsZero()
    {
        var result = CliRunner.Run("lint", Fixtures.Path("lint/chain.pem"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Contains("1 file, 3 certificates: 0 findings", result.Stdout);
    }

    [Fact]
    public void FindingAtOrAboveFailOnExitsOne()
    {
        var result = CliRunner.Run("lint", Fixtures.Path("lint/zero-serial.pem"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("rfc5280.serial.positive", result.Stdout);
    }

    [Theory]
    [InlineData("never", 0)]
    [InlineData("error", 1)]
    [InlineData("info", 1)]
    public void FailOnSetsTheThreshold(string failOn, int expected) =>
        Assert.Equal(expected, CliRunner.Run("lint", "--fail-on", failOn, Fixtures.Path("lint/zero-serial.pem")).ExitCode);

    [Fact]
    public void SeverityOverrideBelowThresholdDoesNotFail()
    {
        using var cli = new LintCli();
        File.WriteAllText(cli.PathOf("soft.yaml"), "name: soft\nextends: [rfc5280]\nseverity:\n  rfc5280.serial.positive: warning\n");
        Assert.Equal(0, cli.Run("lint", "--profile", "soft.yaml", Fixtures.Path("lint/zero-serial.pem")).ExitCode);
        Assert.Equal(1, cli.Run("lint", "--profile", "soft.yaml", "--fail-on", "warning", Fixtures.Path("lint/zero-serial.pem")).ExitCode);
    }

    [Fact]
    public void MissingFileIsAnInputErrorExitTwoButOtherFilesAreStillReported()
    {
        var result = CliRunner.Run("lint", Fixtures.Path("lint/zero-serial.pem"), Fixtures.Path("lint/nope.pem"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.pem: no such file", result.Stderr);
        Assert.Contains("rfc5280.serial.positive", result.Stdout);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--fail-on", "fatal")]
    [InlineData("--profile", "nosuchprofile")]
    public void UsageErrorsExitTwoWithOneLine(string option, string value)
    {
        var result = CliRunner.Run("lint", option, value, Fixtures.Path("lint/leaf.pem"));
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains(value, result.Stderr);
    }

    [Fact]
    public void BadProfileFileNamesFileLineAndColumn()
    {
        using var cli = new LintCli();
        File.WriteAllText(cli.PathOf("bad.yaml"), "name: bad\nseverity:\n  rfc5280.serial.positiv: error\n");
        var result = cli.Run("lint", "--profile", "bad.yaml", Fixtures.Path("lint/leaf.pem"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("certlint: bad.yaml:3:3: unknown rule 'rfc5280.serial.positiv'", result.Stderr);
    }

    [Fact]
    public void NoPathIsAUsageError() => Assert.Equal(2, CliRunner.Run("lint").ExitCode);

    [Fact]
    public void StdinIsLinted()
    {
        var result = CliRunner.RunWithStdin(Fixtures.Bytes("lint/zero-serial.pem"), "lint", "-");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("- (PEM", result.Stdout);
    }

    [Fact]
    public void DirectoriesAreWalkedInOrderSkippingNonCertificateFiles()
    {
        var result = CliRunner.Run("lint", "--format", "json", Fixtures.Path("lint"));
        Assert.Equal(1, result.ExitCode);
        var files = System.Text.Json.JsonDocument.Parse(result.Stdout).RootElement.GetProperty("files").EnumerateArray()
            .Select(f => Path.GetFileName(f.GetProperty("file").GetString()!)).ToList();
        Assert.Equal(["ber-length.der", "chain.pem", "int.pem", "leaf.der", "leaf.pem", "malformed.pem", "root.pem", "two-leaves.pem", "zero-serial.pem"], files);
    }

    [Fact]
    public void IncludeAndExcludeFilterDirectoryWalks()
    {
        var result = CliRunner.Run("lint", "--format", "json", "--include", "*.pem", "--exclude", "*serial*", "--exclude", "malformed.pem", "--exclude", "two-*", Fixtures.Path("lint"));
        Assert.Equal(0, result.ExitCode);
        var files = System.Text.Json.JsonDocument.Parse(result.Stdout).RootElement.GetProperty("files").EnumerateArray()
            .Select(f => Path.GetFileName(f.GetProperty("file").GetString()!)).ToList();
        Assert.Equal(["chain.pem", "int.pem", "leaf.pem", "root.pem"], files);
        Assert.Equal(1, CliRunner.Run("lint", "--include", "two-*", Fixtures.Path("lint")).ExitCode);
    }

    [Fact]
    public void OutputIsTheSameOnEveryRun()
    {
        var first = CliRunner.Run("lint", "--format", "json", Fixtures.Path("lint"));
        var second = CliRunner.Run("lint", "--format", "json", Fixtures.Path("lint"));
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Fact]
    public void IotProfileAddsTheIotRulesToRfc5280()
    {
        static List<string> RulesFound(CliResult result) =>
            [.. System.Text.Json.JsonDocument.Parse(result.Stdout).RootElement.GetProperty("files")[0].GetProperty("certificates").EnumerateArray()
                .SelectMany(c => c.GetProperty("findings").EnumerateArray()).Select(f => f.GetProperty("rule").GetString()!)];
        var file = Fixtures.Path("lint/zero-serial.pem");
        var rfc = RulesFound(CliRunner.Run("lint", "--format", "json", file));
        var iot = RulesFound(CliRunner.Run("lint", "--format", "json", "--profile", "iot", file));
        Assert.DoesNotContain(rfc, r => r.StartsWith("iot.", StringComparison.Ordinal));
        Assert.Contains(iot, r => r.StartsWith("iot.", StringComparison.Ordinal));
        Assert.Superset(rfc.ToHashSet(), iot.ToHashSet());
    }
}
