using CertLint.Rules;
using CertLint.Rules.Iot;
using CertLint.Tests.Rules.Extensions;

namespace CertLint.Tests.Rules.Iot;

/// <summary>
/// Every IoT profile rule against the fixture named after it (fires once), the conforming ones and its near misses
/// (quiet). Fixtures: fixtures/iot (root -> device CA -> device chain; see fixtures/README.md), picked by rule ID
/// from their names (RuleFixtures).
/// </summary>
public class IotRuleTests
{
    private const string Folder = "iot";

    public static TheoryData<string, string> Firing => RuleFixtures.Firing(Folder);

    public static TheoryData<string> Good => RuleFixtures.Good(Folder);

    /// <summary>Near misses that are another rule's fixture: rule ID, fixture it must stay quiet on.</summary>
    public static readonly TheoryData<string, string> NearMisses = new()
    {
        { "iot.crldp.critical", "iot/iot.crldp.present.der" },
    };

    private static IRule Rule(string id) => FixtureCases.Rule(id);

    private static string Fixture(string name) => $"{Folder}/{name}.der";

    [Theory]
    [MemberData(nameof(Firing))]
    public void FiresOnceOnItsFixture(string id, string fixture) => FixtureCases.FiresOnce(id, fixture);

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void QuietOnItsNearMiss(string id, string fixture) => RuleTestKit.AssertQuiet(Rule(id), fixture);

    [Fact]
    public void EveryFixtureIsNamedAfterItsRuleOrGood() => Assert.Empty(RuleFixtures.Unnamed(Folder));

    [Fact]
    public void EveryIotRuleHasACase()
    {
        var covered = RuleFixtures.RulesOf(Folder).Select(r => r.Descriptor.Id).ToHashSet();
        var uncovered = IotPack.Rules.Select(r => r.Descriptor.Id).Where(id => !covered.Contains(id)).ToList();
        Assert.Empty(uncovered);
        Assert.All(IotPack.Rules, r => Assert.StartsWith("iot.", r.Descriptor.Id));
    }

    [Theory]
    [MemberData(nameof(Good))]
    public void ConformingChainPassesEveryApplicableIotRule(string fixture) =>
        Assert.Empty(FixtureCases.ApplicableFindings(IotPack.Rules, fixture));

    [Fact]
    public void NoExpiryValueIsAcceptedExactly()
    {
        var good = Fixtures.Certificate(Fixture("good-leaf"));
        Assert.Equal("99991231235959Z", good.NotAfter.Encoded);
        var finding = RuleTestKit.AssertFires(Rule("iot.validity.no-expiry-value"), Fixture("iot.validity.no-expiry-value"));
        Assert.Contains("99990101000000Z", finding.Message);
    }

    [Fact]
    public void SerialLengthsAreReportedInOctets()
    {
        Assert.Contains("is 2 octet(s)", RuleTestKit.AssertFires(Rule("iot.serial.too-short"), Fixture("iot.serial.too-short")).Message);
        Assert.Contains("is 21 octets (max 20)", RuleTestKit.AssertFires(Rule("iot.serial.too-long"), Fixture("iot.serial.too-long")).Message);
    }

    [Fact]
    public void CurveRuleNamesTheCurve()
    {
        var finding = Assert.Single(RuleTestKit.Run(Rule("iot.key.ec-curve"), Fixtures.Certificate(Fixture("iot.key.ec-curve.secp256k1"))));
        Assert.Contains("secp256k1", finding.Message);
    }

    [Fact]
    public void CaKeyUsageReportsBothProblems()
    {
        var missingCertSign = RuleTestKit.AssertFires(Rule("iot.ca.key-usage"), Fixture("iot.ca.key-usage.no-cert-sign"));
        Assert.Contains("without keyCertSign", missingCertSign.Message);
        var notCritical = RuleTestKit.AssertFires(Rule("iot.ca.key-usage"), Fixture("iot.ca.key-usage"));
        Assert.Contains("not marked critical", notCritical.Message);
    }

    [Fact]
    public void DescriptorsCiteTheProfile()
    {
        foreach (var rule in IotPack.Rules)
        {
            var d = rule.Descriptor;
            Assert.Equal("draft-ietf-uta-tls13-iot-profile", d.Source);
            Assert.StartsWith("Certificate Profile: ", d.Citation);
        }
    }
}
