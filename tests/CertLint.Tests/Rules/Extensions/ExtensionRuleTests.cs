using CertLint.Rules;
using CertLint.Rules.Rfc5280;

namespace CertLint.Tests.Rules.Extensions;

/// <summary>
/// Every RFC 5280 extension rule (and issue 12's name and DER rules) against the fixture named after it (fires once),
/// the well-formed fixtures and its near misses (quiet). Fixtures: fixtures/rfc5280-ext and fixtures/rfc5280-gaps,
/// picked by rule ID from their names (see fixtures/README.md and RuleFixtures).
/// </summary>
public class ExtensionRuleTests
{
    private static readonly string[] Folders = ["rfc5280-ext", "rfc5280-gaps"];

    /// <summary>
    /// Rules checked on a fixture named after another rule, because one certificate breaks them together (and the
    /// CRL-sign rule, whose certificate lives with the CRL fixtures): rule ID, fixture.
    /// </summary>
    public static readonly TheoryData<string, string> SharedFixtures = new()
    {
        { "rfc5280.ext.sia.critical", "rfc5280-ext/rfc5280.ext.aia.critical.der" },
        { "rfc5280.ext.crldp.critical", "rfc5280-ext/rfc5280.ext.aia.critical.der" },
        { "rfc5280.ext.freshest-crl.critical", "rfc5280-ext/rfc5280.ext.aia.critical.der" },
        { "rfc5280.ext.ski.missing-in-leaf", "rfc5280-ext/rfc5280.ext.aki.missing.der" },
        { "rfc5280.ext.policies.explicit-text-ia5", "rfc5280-ext/rfc5280.ext.policies.explicit-text-too-long.der" },
        { "rfc5280.ext.policies.explicit-text-not-utf8", "rfc5280-ext/rfc5280.ext.policies.explicit-text-too-long.der" },
        { "rfc5280.ext.policies.explicit-text-control", "rfc5280-ext/rfc5280.ext.policies.explicit-text-too-long.der" },
        { "rfc5280.ext.policy-mappings.not-in-ca", "rfc5280-ext/rfc5280.ext.policy-constraints.not-in-ca.der" },
        { "rfc5280.ext.inhibit-any-policy.not-in-ca", "rfc5280-ext/rfc5280.ext.policy-constraints.not-in-ca.der" },
        { "rfc5280.ext.sia.empty", "rfc5280-gaps/rfc5280.ext.aia.empty.der" },
        { "rfc5280.ext.policies.empty", "rfc5280-gaps/rfc5280.ext.aia.empty.der" },
        { "rfc5280.ext.crldp.empty", "rfc5280-gaps/rfc5280.ext.aia.empty.der" },
        { "rfc5280.ext.freshest-crl.empty", "rfc5280-gaps/rfc5280.ext.aia.empty.der" },
        { "rfc5280.ext.subject-directory-attributes.empty", "rfc5280-gaps/rfc5280.ext.aia.empty.der" },
        { "rfc5280.ext.key-usage.crl-sign-without-ca", "crl/leaf-crl-sign.der" },
    };

    /// <summary>Near misses that are another rule's fixture: rule ID, fixture it must stay quiet on.</summary>
    public static readonly TheoryData<string, string> NearMisses = new()
    {
        { "rfc5280.ext.basic-constraints.path-len-without-ca", "rfc5280-ext/rfc5280.ext.basic-constraints.path-len-negative.der" },
        { "rfc5280.ext.basic-constraints.path-len-negative", "rfc5280-ext/rfc5280.ext.basic-constraints.path-len-without-ca.der" },
        { "rfc5280.ext.aki.issuer-serial-pair", "rfc5280-ext/rfc5280.ext.aki.no-key-identifier.der" },
        { "rfc5280.name.rdn-duplicate-type", "rfc5280-gaps/rfc5280.name.issuer-multi-valued-rdn.der" },
    };

    /// <summary>Fixtures made to fire their rule once per bad value (GeneralNameSyntaxTests reads each): fixture, findings.</summary>
    private static readonly Dictionary<string, int> Repeated = new()
    {
        ["rfc5280-ext/rfc5280.ext.san.dns-name-invalid.several.der"] = 8,
    };

    public static TheoryData<string, string> Firing => RuleFixtures.Firing(Folders);

    public static TheoryData<string, string> QuietNearMisses => RuleFixtures.NearMisses(Folders);

    public static TheoryData<string> Good => RuleFixtures.Good(Folders);

    /// <summary>Every rule with a fixture here, named after it or shared.</summary>
    public static IEnumerable<IRule> Rules =>
        RuleFixtures.RulesOf(Folders).Concat(SharedFixtures.Select(row => RuleTestKit.Rule((string)row[0]))).DistinctBy(r => r.Descriptor.Id);

    [Theory]
    [MemberData(nameof(Firing))]
    [MemberData(nameof(SharedFixtures))]
    public void FiresOnceOnItsFixture(string id, string fixture)
    {
        if (Repeated.TryGetValue(fixture, out var count))
        {
            var findings = RuleTestKit.Run(FixtureCases.Rule(id), Fixtures.Certificate(fixture));
            Assert.Equal(count, findings.Count);
            Assert.All(findings, f => Assert.Equal(id, f.RuleId));
            return;
        }
        FixtureCases.FiresOnce(id, fixture);
    }

    [Theory]
    [MemberData(nameof(QuietNearMisses))]
    [MemberData(nameof(NearMisses))]
    public void QuietOnItsNearMiss(string id, string fixture) => RuleTestKit.AssertQuiet(FixtureCases.Rule(id), fixture);

    [Theory]
    [MemberData(nameof(Good))]
    public void WellFormedCertificatesPassEveryApplicableRule(string fixture) =>
        Assert.Empty(FixtureCases.ApplicableFindings(Rules, fixture));

    [Fact]
    public void EveryFixtureIsNamedAfterItsRuleOrGood() => Assert.Empty(RuleFixtures.Unnamed(Folders));

    [Fact]
    public void EveryExtensionRuleHasACase()
    {
        var covered = Rules.Select(r => r.Descriptor.Id).ToHashSet();
        var missing = Rfc5280Pack.Rules.Select(r => r.Descriptor.Id).Where(id => id.StartsWith("rfc5280.ext.", StringComparison.Ordinal) && !covered.Contains(id));
        Assert.Empty(missing);
    }
}
