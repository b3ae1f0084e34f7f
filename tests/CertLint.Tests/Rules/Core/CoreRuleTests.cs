using CertLint.Rules;

namespace CertLint.Tests.Rules.Core;

/// <summary>
/// Every RFC 5280 core-field rule against the fixture named after it (exactly one finding, with a location inside the
/// certificate), the clean fixtures and its near misses (no finding). Fixtures: fixtures/rfc5280-core/, picked by rule
/// ID from their names (see fixtures/README.md and RuleFixtures).
/// </summary>
public class CoreRuleTests
{
    private const string Folder = "rfc5280-core";

    /// <summary>Rule ID and the fixture named after it.</summary>
    public static TheoryData<string, string> Firing => RuleFixtures.Firing(Folder);

    public static TheoryData<string> Good => RuleFixtures.Good(Folder);

    /// <summary>Near misses that are another rule's fixture: rule ID, fixture it must stay quiet on.</summary>
    public static readonly TheoryData<string, string> NearMisses = new()
    {
        { "rfc5280.version.unique-ids-require-v2-or-v3", "rfc5280.unique-ids.present.der" },
        { "rfc5280.version.v1-v2-ca", "rfc5280.version.unique-ids-require-v2-or-v3.der" },
        { "rfc5280.name.country-not-uppercase", "rfc5280.name.country-code.der" },
        { "rfc5280.key.rsa-modulus-below-1024", "rfc5280.key.rsa-modulus-below-2048.der" },
        { "rfc5280.key.rsa-exponent-invalid", "rfc5280.key.rsa-exponent-not-65537.der" },
        { "rfc5280.key.ec-point-invalid", "rfc5280.key.ec-point-compressed.der" },
    };

    private static IRule Rule(string id) => RuleTestKit.Rule(id);

    private static string Fixture(string name) => Folder + "/" + name;

    [Theory]
    [MemberData(nameof(Firing))]
    public void FiresOnItsFixtureWithALocationInsideTheCertificate(string id, string fixture)
    {
        var certificate = Fixtures.Certificate(fixture);
        var finding = RuleTestKit.AssertFires(Rule(id), fixture);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        Assert.NotNull(finding.Path);
        Assert.InRange(finding.Offset ?? -1, 0, certificate.Encoded.Length - 1);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void QuietOnItsNearMiss(string id, string fixture) => RuleTestKit.AssertQuiet(Rule(id), Fixture(fixture));

    [Theory]
    [MemberData(nameof(Good))]
    public void EveryCoreRuleIsQuietOnTheCleanFixtures(string fixture) =>
        Assert.Empty(Extensions.FixtureCases.ApplicableFindings(RuleFixtures.RulesOf(Folder), fixture));

    [Fact]
    public void EveryFixtureIsNamedAfterItsRuleOrGood() => Assert.Empty(RuleFixtures.Unnamed(Folder));

    [Fact]
    public void EveryRuleOfTheCorePackFilesHasACase()
    {
        // A rule's fixture is in rfc5280-core or, for issue 12's name rules, among the extension fixtures.
        var covered = RuleFixtures.RulesOf(Folder).Concat(Extensions.ExtensionRuleTests.Rules).Select(r => r.Descriptor.Id).ToHashSet();
        var mine = CertLint.Rules.Rfc5280.Rfc5280Pack.Rules.Select(r => r.Descriptor.Id)
            .Where(id => !id.StartsWith("rfc5280.ext.", StringComparison.Ordinal)).ToList();
        var missing = mine.Where(id => !covered.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "rules without a fixture named after them: " + string.Join(", ", missing));
    }
}
