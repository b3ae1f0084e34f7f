namespace CertLint.Tests.Cli;

public class LintOutputFileTests
{
    [Fact]
    public void OutputGoesToTheFileAndNeverOverwritesWithoutForce()
    {
        using var cli = new LintCli();
        var first = cli.Run("lint", "--format", "json", "--output", "report.json", Fixtures.Path("lint/zero-serial.pem"));
        Assert.Equal(1, first.ExitCode);
        Assert.Equal("", first.Stdout);
        Assert.Contains("rfc5280.serial.positive", File.ReadAllText(cli.PathOf("report.json")));

        File.WriteAllText(cli.PathOf("report.json"), "keep");
        var refused = cli.Run("lint", "--output", "report.json", Fixtures.Path("lint/leaf.pem"));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("report.json: already exists (use --force to overwrite)", refused.Stderr);
        Assert.Equal("keep", File.ReadAllText(cli.PathOf("report.json")));

        Assert.Equal(0, cli.Run("lint", "--force", "--output", "report.json", Fixtures.Path("lint/leaf.pem")).ExitCode);
        Assert.Contains("0 findings", File.ReadAllText(cli.PathOf("report.json")));
        Assert.Equal(["report.json"], Directory.GetFiles(cli.Directory).Select(Path.GetFileName));
    }

    [Fact]
    public void OutputIntoAMissingDirectoryIsAnError()
    {
        using var cli = new LintCli();
        var result = cli.Run("lint", "--output", "no/such/dir/r.txt", Fixtures.Path("lint/leaf.pem"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("directory does not exist", result.Stderr);
    }

    [Fact]
    public void ColourOnlyOnATerminalWithoutNoColor()
    {
        using var cli = new LintCli();
        var file = Fixtures.Path("lint/zero-serial.pem");
        Assert.Contains("\u001b[31m", cli.RunWith(terminal: true, noColorEnv: false, LintCli.Now, "lint", file).Stdout);
        Assert.DoesNotContain("\u001b[", cli.RunWith(terminal: true, noColorEnv: true, LintCli.Now, "lint", file).Stdout);
        Assert.DoesNotContain("\u001b[", cli.RunWith(terminal: true, noColorEnv: false, LintCli.Now, "lint", "--no-color", file).Stdout);
        Assert.DoesNotContain("\u001b[", cli.RunWith(terminal: false, noColorEnv: false, LintCli.Now, "lint", file).Stdout);
    }

    [Fact]
    public void QuietListsOnlyCertificatesWithFindings()
    {
        var result = CliRunner.Run("lint", "--quiet", Fixtures.Path("lint/zero-serial.pem"), Fixtures.Path("lint/leaf.pem"));
        Assert.Contains("zero.example.test", result.Stdout);
        Assert.DoesNotContain("lint.example.test", result.Stdout);
        Assert.DoesNotContain("leaf.pem (", result.Stdout);
        Assert.Contains("leaf.pem (", CliRunner.Run("lint", Fixtures.Path("lint/leaf.pem")).Stdout);
    }
}
