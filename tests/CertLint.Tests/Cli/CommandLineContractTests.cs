using CertLint.Cli;

namespace CertLint.Tests.Cli;

/// <summary>
/// Issue 15: the command line kept exactly what users saw when CommandLineParser read it. The help screens in
/// Cli/help/ are that build's output, byte for byte (only the version in the overview is the current one); the usage
/// errors below are its stderr. Regenerate nothing here: a difference is a change users see.
/// </summary>
public class CommandLineContractTests
{
    private static string Golden(string name) =>
        File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "tests", "CertLint.Tests", "Cli", "help", name + ".txt"));

    [Theory]
    [InlineData("show")]
    [InlineData("convert")]
    [InlineData("predict")]
    [InlineData("strerror")]
    [InlineData("lint")]
    [InlineData("rules")]
    [InlineData("tls-check")]
    [InlineData("probe")]
    [InlineData("explain-log")]
    public void EveryVerbsHelpIsUnchanged(string verb)
    {
        foreach (var args in new[] { new[] { "help", verb }, [verb, "--help"], [verb, "-h"], ["--help", verb] })
        {
            var r = CliRunner.Run(args);
            Assert.Equal((0, Golden(verb), ""), (r.ExitCode, r.Stdout, r.Stderr));
        }
    }

    [Fact]
    public void TheOverviewIsUnchanged()
    {
        var expected = Golden("overview").Replace("certlint 0.1.0", "certlint " + CliApp.Version);
        Assert.Equal((0, expected), (CliRunner.Run("--help").ExitCode, CliRunner.Run("--help").Stdout));
        Assert.Equal((0, expected), (CliRunner.Run("help").ExitCode, CliRunner.Run("help", "frobnicate").Stdout));
        var none = CliRunner.Run();
        Assert.Equal((2, "", expected), (none.ExitCode, none.Stdout, none.Stderr));
    }

    [Theory]
    [InlineData("show --bogus", "certlint: unknown option --bogus; see 'certlint show --help'")]
    [InlineData("show -x", "certlint: unknown option -x; see 'certlint show --help'")]
    [InlineData("show -xy", "certlint: unknown option -x; see 'certlint show --help'")]
    [InlineData("show --formt json", "certlint: unknown option --formt (did you mean --format?); see 'certlint show --help'")]
    [InlineData("show x.pem --Format json", "certlint: unknown option --Format (did you mean --format?); see 'certlint show --help'")]
    [InlineData("convert -q", "certlint: unknown option -q (did you mean --to?); see 'certlint convert --help'")]
    [InlineData("predict --target", "certlint: --target needs a value; see 'certlint predict --help'")]
    [InlineData("lint --target", "certlint: --target needs a value; see 'certlint lint --help'")]
    [InlineData("lint --no-colour x", "certlint: unknown option --no-colour (did you mean --no-color?); see 'certlint lint --help'")]
    [InlineData("lint -q x", "certlint: unknown option -q (did you mean --ca?); see 'certlint lint --help'")]
    [InlineData("lint --format=", "certlint: bad usage; see 'certlint lint --help'")]
    [InlineData("tls-check", "certlint: missing --cert; see 'certlint tls-check --help'")]
    [InlineData("tls-check --cert x", "certlint: missing --suite; see 'certlint tls-check --help'")]
    [InlineData("probe 127.0.0.1:1 --max-attempts abc", "certlint: --max-attempts: bad value; see 'certlint probe --help'")]
    [InlineData("probe 127.0.0.1:1 --timeout abc", "certlint: --timeout: bad value; see 'certlint probe --help'")]
    [InlineData("probe 127.0.0.1:1 --max-fragment-length x", "certlint: --max-fragment-length: bad value; see 'certlint probe --help'")]
    [InlineData("probe 127.0.0.1:1 --max-attempts=", "certlint: bad usage; see 'certlint probe --help'")]
    [InlineData("probe --suite a b 127.0.0.1:1", "certlint: missing argument; see 'certlint probe --help'")]
    [InlineData("rules", "certlint: missing argument; see 'certlint rules --help'")]
    [InlineData("--bogus lint", "certlint: unknown command '--bogus'; see 'certlint --help'")]
    [InlineData("Lint x", "certlint: unknown command 'Lint' (did you mean lint?); see 'certlint --help'")]
    public void UsageErrorsAreUnchanged(string args, string stderr)
    {
        var r = CliRunner.Run(args.Split(' '));
        Assert.Equal((2, "", stderr + "\n"), (r.ExitCode, r.Stdout, r.Stderr));
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("version")]
    [InlineData("lint --version x")]
    [InlineData("lint --version=x")]
    public void VersionWinsWhereItDid(string args)
    {
        var r = CliRunner.Run(args.Split(' '));
        Assert.Equal((0, CliApp.Version + "\n"), (r.ExitCode, r.Stdout));
    }
}
