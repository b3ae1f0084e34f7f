namespace CertLint.Tests.Cli;

public class LintBaselineTests
{
    [Fact]
    public void WrittenBaselineAcceptsTheFindingsUntilItExpires()
    {
        using var cli = new LintCli();
        var file = Fixtures.Path("lint/two-leaves.pem");
        var write = cli.Run("lint", "--write-baseline", "baseline.json", file);
        Assert.Equal(0, write.ExitCode); // issue 9: writing the baseline succeeded
        var text = File.ReadAllText(cli.PathOf("baseline.json"));
        Assert.Contains("\"rule\": \"rfc5280.serial.positive\"", text);
        Assert.Contains($"\"sha256\": \"{File.ReadAllLines(Fixtures.Path("lint/sha256.txt"))[1]}\"", text);
        Assert.Contains("TODO: justify", text);

        var accepted = cli.Run("lint", "--baseline", "baseline.json", file);
        Assert.Equal(0, accepted.ExitCode);
        Assert.Matches(@"; \d+ suppressed by baseline", accepted.Stdout);

        File.WriteAllText(cli.PathOf("baseline.json"), text.Replace("\"justification\": \"TODO: justify\"", "\"justification\": \"old fleet\", \"expires\": \"2026-01-31\""));
        Assert.Equal(0, cli.RunWith(false, false, LintCli.Now, "lint", "--baseline", "baseline.json", file).ExitCode);
        Assert.Equal(1, cli.RunWith(false, false, new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), "lint", "--baseline", "baseline.json", file).ExitCode);
    }

    [Fact]
    public void BaselineIsNotOverwrittenWithoutForce()
    {
        using var cli = new LintCli();
        File.WriteAllText(cli.PathOf("baseline.json"), "{}");
        var result = cli.Run("lint", "--write-baseline", "baseline.json", Fixtures.Path("lint/zero-serial.pem"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("{}", File.ReadAllText(cli.PathOf("baseline.json")));
    }

    [Fact]
    public void UnreadableBaselineIsAnInputError()
    {
        using var cli = new LintCli();
        File.WriteAllText(cli.PathOf("baseline.json"), "{ not json");
        var result = cli.Run("lint", "--baseline", "baseline.json", Fixtures.Path("lint/zero-serial.pem"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("certlint: baseline.json: not a baseline (JSON) at line 1", result.Stderr);
    }
}
