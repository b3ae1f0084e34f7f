using CertLint.Rules.Engine.Baselines;
using static CertLint.Tests.Engine.EngineTestKit;

namespace CertLint.Tests.Engine;

public class BaselineTests
{
    private static string ZeroSerialSha => File.ReadAllLines(Fixtures.Path("lint/sha256.txt"))[1];

    private static Baseline For(string rule, string sha256, string? expires) => Baseline.Parse(Baseline.Write([
        new BaselineEntry { Rule = rule, Sha256 = sha256, Justification = "legacy device", Expires = expires },
    ]));

    [Fact]
    public void MatchingEntrySuppressesAndKeepsTheJustification()
    {
        var report = Lint("lint/zero-serial.pem", [CertLint.Rules.RuleRegistry.Find("rfc5280.serial.positive")!],
            baseline: For("rfc5280.serial.positive", ZeroSerialSha, null));
        var certificate = report.Certificates[0];
        Assert.Empty(certificate.Findings);
        Assert.Equal("legacy device", Assert.Single(certificate.Suppressed).Suppression);
    }

    [Theory]
    [InlineData("2026-01-15", true)]   // a date means "until the end of that day (UTC)": the clock is 12:00 that day
    [InlineData("2026-01-14", false)]
    [InlineData("2026-01-15T11:59:59Z", false)]
    [InlineData("2026-01-15T12:00:01Z", true)]
    public void EntryExpiresByTheClock(string expires, bool stillSuppressed)
    {
        var baseline = For("rfc5280.serial.positive", ZeroSerialSha, expires);
        Assert.Equal(stillSuppressed, baseline.Suppressing("rfc5280.serial.positive", ZeroSerialSha, Now) is not null);
    }

    [Fact]
    public void OtherRuleOrCertificateIsNotSuppressed()
    {
        var baseline = For("rfc5280.serial.positive", ZeroSerialSha, null);
        Assert.Null(baseline.Suppressing("rfc5280.der.length-not-minimal", ZeroSerialSha, Now));
        Assert.Null(baseline.Suppressing("rfc5280.serial.positive", new string('0', 64), Now));
    }

    [Fact]
    public void WrittenBaselineHasTheDocumentedFields()
    {
        var json = Baseline.Write([new BaselineEntry { Rule = "r", Sha256 = ZeroSerialSha, Justification = Baseline.Placeholder }]);
        Assert.Contains("\"version\": 1", json);
        Assert.Contains("\"rule\": \"r\"", json);
        Assert.Contains("\"justification\": \"TODO: justify\"", json);
        Assert.DoesNotContain("expires", json);
    }

    [Theory]
    [InlineData("{", "not a baseline")]
    [InlineData("{\"version\": 2, \"entries\": []}", "version 2")]
    [InlineData("{\"version\": 1, \"entries\": [{\"rule\": \"r\", \"sha256\": \"ab\"}]}", "entries[0]")]
    [InlineData("{\"version\": 1, \"entries\": [{\"rule\": \"r\", \"sha256\": \"0000000000000000000000000000000000000000000000000000000000000000\", \"expires\": \"soon\"}]}", "entries[0].expires")]
    public void BadBaselineIsAFormatError(string json, string expected) =>
        Assert.Contains(expected, Assert.Throws<FormatException>(() => Baseline.Parse(json)).Message);
}
