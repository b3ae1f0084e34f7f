using CertLint.Tests.Cli;

namespace CertLint.Tests.Verdicts;

/// <summary>Issue 9: usage errors are one line plus a hint (exit 2); -h, --help and `help VERB` show that verb's help.</summary>
public class UsageErrorTests
{
    [Fact]
    public void AnUnknownOptionIsOneLineWithASuggestion()
    {
        var r = CliRunner.Run("lint", "--targte", "mbedtls-3.6", Fixtures.Path("verdicts/devices.pem"));
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("certlint: unknown option --targte (did you mean --target?); see 'certlint lint --help'\n", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Theory]
    [InlineData("predict")]
    [InlineData("show")]
    public void AMissingArgumentIsOneLine(string verb)
    {
        var r = CliRunner.Run(verb);
        Assert.Equal(2, r.ExitCode);
        Assert.Single(r.Stderr.TrimEnd('\n').Split('\n'));
        Assert.EndsWith($"; see 'certlint {verb} --help'\n", r.Stderr);
    }

    [Fact]
    public void AnUnknownCommandSuggestsTheNearestOne()
    {
        var r = CliRunner.Run("lnit", "x.pem");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("certlint: unknown command 'lnit' (did you mean lint?); see 'certlint --help'\n", r.Stderr);
    }

    [Theory]
    [InlineData("lint", "--help")]
    [InlineData("lint", "-h")]
    [InlineData("help", "lint")]
    public void HelpShowsTheVerbsHelpStartingWithUsageAndExample(string a, string b)
    {
        var r = CliRunner.Run(a, b);
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n');
        Assert.Equal("usage: certlint lint [options] PATH...", lines[0]);
        Assert.StartsWith("example: certlint lint ", lines[1]);
        Assert.Contains("--target", r.Stdout);
    }

    [Theory]
    [InlineData("show")]
    [InlineData("convert")]
    [InlineData("predict")]
    [InlineData("strerror")]
    [InlineData("rules")]
    [InlineData("tls-check")]
    public void EveryVerbsHelpStartsWithUsageAndExample(string verb)
    {
        var lines = CliRunner.Run("help", verb).Stdout.Split('\n');
        Assert.StartsWith("usage: certlint " + verb, lines[0]);
        Assert.StartsWith("example: certlint " + verb, lines[1]);
    }

    [Fact]
    public void StrerrorReadsABareNumberAsDecimalAndItsHelpSaysSo()
    {
        Assert.Contains("-0x0a02", CliRunner.Run("strerror", "2562", "--target", "mbedtls-2.16").Stdout);
        Assert.Contains("-0x2562", CliRunner.Run("strerror", "-0x2562", "--target", "mbedtls-2.16").Stdout);
        var help = string.Join(' ', CliRunner.Run("help", "strerror").Stdout.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("2562 is -0x0A02, not -0x2562", help);
    }
}
