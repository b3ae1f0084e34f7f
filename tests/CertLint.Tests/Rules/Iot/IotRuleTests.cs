using CertLint.Rules;
using CertLint.Rules.Iot;
using CertLint.Tests.Rules.Extensions;

namespace CertLint.Tests.Rules.Iot;

/// <summary>
/// Every IoT profile rule against a fixture made to break it (fires once) and a conforming one. Fixtures:
/// fixtures/iot (root -> device CA -> device chain; see fixtures/README.md).
/// </summary>
public class IotRuleTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "iot.version.v3", "iot-leaf-v1", "iot-leaf-good" },
        { "iot.serial.too-short", "iot-leaf-serial-short", "iot-leaf-good" },
        { "iot.serial.too-long", "iot-leaf-serial-long", "iot-leaf-good" },
        { "iot.signature.ecdsa-sha256-or-stronger", "iot-leaf-sha1", "iot-leaf-good" },
        { "iot.key.ec-curve", "iot-leaf-rsa-key", "iot-leaf-good-p384" },
        { "iot.validity.no-expiry-value", "iot-leaf-no-expiry-wrong", "iot-leaf-good" },
        { "iot.crldp.present", "iot-leaf-crldp", "iot-leaf-good" },
        { "iot.crldp.critical", "iot-leaf-crldp-critical", "iot-leaf-crldp" },
        { "iot.aia.ocsp-present", "iot-leaf-aia-ocsp", "iot-leaf-good-aia-ca-issuers" },
        { "iot.aia.critical", "iot-leaf-aia-critical", "iot-leaf-good-aia-ca-issuers" },
        { "iot.ca.subject-attributes", "iot-int-subject-no-o", "iot-int-good" },
        { "iot.root.aki-missing", "iot-root-no-aki", "iot-root-good" },
        { "iot.root.aki-not-own-ski", "iot-root-aki-other", "iot-root-good" },
        { "iot.ca.ski-missing", "iot-int-no-ski", "iot-int-good" },
        { "iot.root.key-usage-missing", "iot-root-no-ku", "iot-root-good" },
        { "iot.ca.key-usage", "iot-int-ku-not-critical", "iot-int-good" },
        { "iot.root.eku-present", "iot-root-eku", "iot-root-good" },
        { "iot.ca.basic-constraints-critical", "iot-int-bc-not-critical", "iot-int-good" },
        { "iot.root.path-len-present", "iot-root-pathlen", "iot-root-good" },
        { "iot.intermediate.key-usage-missing", "iot-int-no-ku", "iot-int-good" },
        { "iot.intermediate.digital-signature-missing", "iot-int-ku-no-digital-signature", "iot-int-good" },
        { "iot.intermediate.eku-present", "iot-int-eku", "iot-int-good" },
        { "iot.intermediate.path-len-present", "iot-int-pathlen", "iot-int-good" },
        { "iot.aki.missing", "iot-leaf-no-aki", "iot-leaf-good" },
        { "iot.leaf.ski-present", "iot-leaf-ski", "iot-leaf-good" },
        { "iot.leaf.key-usage-missing", "iot-leaf-no-ku", "iot-leaf-good" },
        { "iot.leaf.key-usage-not-critical", "iot-leaf-ku-not-critical", "iot-leaf-good" },
        { "iot.leaf.digital-signature-missing", "iot-leaf-ku-key-agreement", "iot-leaf-good" },
        { "iot.leaf.san-critical", "iot-leaf-san-critical", "iot-leaf-good-empty-subject" },
        { "iot.leaf.eku-without-tls-purpose", "iot-leaf-eku-code-signing", "iot-leaf-good" },
        { "iot.leaf.subject-serial-number-type", "iot-leaf-subject-serial-utf8", "iot-leaf-good" },
    };

    private static IRule Rule(string id) => FixtureCases.Rule(id);

    private static string Fixture(string name) => $"iot/{name}.der";

    [Theory]
    [MemberData(nameof(Cases))]
    public void FiresOnceOnItsFixture(string id, string fires, string quiet)
    {
        _ = quiet;
        FixtureCases.FiresOnce(id, Fixture(fires));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void QuietOnConformingCertificate(string id, string fires, string quiet)
    {
        _ = fires;
        RuleTestKit.AssertQuiet(Rule(id), Fixture(quiet));
    }

    [Fact]
    public void EveryIotRuleHasACase()
    {
        var covered = Cases.Select(row => (string)row[0]).ToHashSet();
        var uncovered = IotPack.Rules.Select(r => r.Descriptor.Id).Where(id => !covered.Contains(id)).ToList();
        Assert.Empty(uncovered);
        Assert.All(IotPack.Rules, r => Assert.StartsWith("iot.", r.Descriptor.Id));
    }

    [Theory]
    [InlineData("iot-root-good")]
    [InlineData("iot-int-good")]
    [InlineData("iot-leaf-good")]
    [InlineData("iot-leaf-good-p384")]
    [InlineData("iot-leaf-good-empty-subject")]
    [InlineData("iot-leaf-good-aia-ca-issuers")]
    public void ConformingChainPassesEveryApplicableIotRule(string fixture) =>
        Assert.Empty(FixtureCases.ApplicableFindings(IotPack.Rules, Fixture(fixture)));

    [Fact]
    public void NoExpiryValueIsAcceptedExactly()
    {
        var good = Fixtures.Certificate(Fixture("iot-leaf-good"));
        Assert.Equal("99991231235959Z", good.NotAfter.Encoded);
        var finding = RuleTestKit.AssertFires(Rule("iot.validity.no-expiry-value"), Fixture("iot-leaf-no-expiry-wrong"));
        Assert.Contains("99990101000000Z", finding.Message);
    }

    [Fact]
    public void SerialLengthsAreReportedInOctets()
    {
        Assert.Contains("is 2 octet(s)", RuleTestKit.AssertFires(Rule("iot.serial.too-short"), Fixture("iot-leaf-serial-short")).Message);
        Assert.Contains("is 21 octets (max 20)", RuleTestKit.AssertFires(Rule("iot.serial.too-long"), Fixture("iot-leaf-serial-long")).Message);
    }

    [Fact]
    public void CurveRuleNamesTheCurve()
    {
        var finding = Assert.Single(RuleTestKit.Run(Rule("iot.key.ec-curve"), Fixtures.Certificate(Fixture("iot-leaf-secp256k1"))));
        Assert.Contains("secp256k1", finding.Message);
    }

    [Fact]
    public void CaKeyUsageReportsBothProblems()
    {
        var missingCertSign = RuleTestKit.AssertFires(Rule("iot.ca.key-usage"), Fixture("iot-int-ku-no-cert-sign"));
        Assert.Contains("without keyCertSign", missingCertSign.Message);
        var notCritical = RuleTestKit.AssertFires(Rule("iot.ca.key-usage"), Fixture("iot-int-ku-not-critical"));
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
