namespace CertLint.Tests.Cli;

public class RepeatableOptionsTests
{
    [Theory]
    [InlineData("lint --profile a --profile b x.pem", "lint x.pem --profile a --profile b")]
    [InlineData("lint --profile=a x.pem --chain c.pem y.pem", "lint x.pem y.pem --profile=a --chain c.pem")]
    [InlineData("lint --format json x.pem", "lint --format json x.pem")]
    [InlineData("show --profile a x.pem", "show --profile a x.pem")]
    public void ListOptionsMoveBehindThePaths(string args, string expected) =>
        Assert.Equal(expected, string.Join(' ', CertLint.Cli.Lint.RepeatableOptions.Normalize(args.Split(' '))));
}
