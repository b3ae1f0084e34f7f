using CertLint.Rules;

namespace CertLint.Tests.Rules.Core;

/// <summary>
/// Every RFC 5280 core-field rule against a fixture made to break it (exactly one finding, with a location inside
/// the certificate) and a clean fixture (no finding). Fixtures: fixtures/rfc5280-core/ (see fixtures/README.md).
/// </summary>
public class CoreRuleTests
{
    /// <summary>Rule ID, fixture that fires it, fixture that does not.</summary>
    public static readonly TheoryData<string, string, string> Cases = new()
    {
        { "rfc5280.version.extensions-require-v3", "bad-v1-with-extensions.der", "good-leaf.der" },
        { "rfc5280.version.unique-ids-require-v2-or-v3", "bad-v1-unique-id.der", "bad-v2-unique-id.der" },
        { "rfc5280.version.out-of-range", "bad-version-4.der", "good-leaf.der" },
        { "rfc5280.version.v1-v2-ca", "bad-v1-root.der", "bad-v1-unique-id.der" },
        { "rfc5280.unique-ids.present", "bad-v2-unique-id.der", "good-leaf.der" },
        { "rfc5280.serial.positive", "bad-serial-negative.der", "good-leaf.der" },
        { "rfc5280.serial.too-long", "bad-serial-21-octets.der", "good-leaf.der" },
        { "rfc5280.serial.low-entropy", "bad-serial-short.der", "good-leaf.der" },
        { "rfc5280.signature.algorithm-mismatch", "bad-sigalg-mismatch.der", "good-leaf.der" },
        { "rfc5280.signature.rsa-params-not-null", "bad-rsa-sigalg-params-absent.der", "good-rsa.der" },
        { "rfc5280.signature.ecdsa-params-present", "bad-ecdsa-sigalg-params-null.der", "good-leaf.der" },
        { "rfc5280.signature.weak-hash-md", "bad-md5-signature.der", "good-rsa.der" },
        { "rfc5280.signature.sha1", "bad-sha1-signature.der", "good-leaf.der" },
        { "rfc5280.signature.algorithm-unknown", "bad-unknown-sigalg.der", "good-rsa-pss.der" },
        { "rfc5280.signature.rsa-pss-params-invalid", "bad-rsa-pss-params-absent.der", "good-rsa-pss.der" },
        { "rfc5280.signature.rsa-pss-params-inconsistent", "bad-rsa-pss-salt-length.der", "good-rsa-pss.der" },
        { "rfc5280.signature.unused-bits", "bad-signature-unused-bits.der", "good-leaf.der" },
        { "rfc5280.signature.empty", "bad-signature-empty.der", "good-leaf.der" },
        { "rfc5280.issuer.empty", "bad-issuer-empty.der", "good-leaf.der" },
        { "rfc5280.subject.empty-in-ca", "bad-ca-subject-empty.der", "good-ca.der" },
        { "rfc5280.name.country-code", "bad-country-code.der", "good-leaf.der" },
        { "rfc5280.name.string-invalid-for-type", "bad-printable-string-chars.der", "good-leaf.der" },
        { "rfc5280.name.attribute-type", "bad-cn-ia5string.der", "good-leaf.der" },
        { "rfc5280.name.legacy-string-type", "bad-o-bmpstring.der", "good-leaf.der" },
        { "rfc5280.name.attribute-too-long", "bad-cn-too-long.der", "good-leaf.der" },
        { "rfc5280.name.attribute-empty", "bad-attribute-empty.der", "good-leaf.der" },
        { "rfc5280.name.email-address-in-subject", "bad-subject-email-address.der", "good-leaf.der" },
        { "rfc5280.name.multi-valued-rdn", "bad-multi-valued-rdn.der", "good-leaf.der" },
        { "rfc5280.name.surrounding-whitespace", "bad-name-whitespace.der", "good-leaf.der" },
        { "rfc5280.name.control-characters", "bad-name-control-character.der", "good-leaf.der" },
        { "rfc5280.validity.generalized-time-before-2050", "bad-generalized-time-before-2050.der", "good-2050.der" },
        { "rfc5280.validity.seconds-missing", "bad-time-without-seconds.der", "good-leaf.der" },
        { "rfc5280.validity.not-zulu", "bad-time-not-zulu.der", "good-leaf.der" },
        { "rfc5280.validity.fractional-seconds", "bad-time-fraction.der", "good-2050.der" },
        { "rfc5280.validity.not-before-after-not-after", "bad-validity-reversed.der", "good-leaf.der" },
        { "rfc5280.validity.bad-date", "bad-time-unreadable.der", "good-leaf.der" },
        { "rfc5280.validity.expired", "bad-expired.der", "good-leaf.der" },
        { "rfc5280.validity.not-yet-valid", "bad-not-yet-valid.der", "good-leaf.der" },
        { "rfc5280.name.country-not-uppercase", "bad-country-lowercase.der", "bad-country-code.der" },
        { "rfc5280.signature.dsa", "bad-dsa-signature.der", "good-leaf.der" },
        { "rfc5280.key.ec-curve-below-256", "bad-ec-p224.der", "good-leaf.der" },
        { "rfc5280.key.rsa-modulus-below-2048", "bad-rsa-1024.der", "good-rsa.der" },
        { "rfc5280.key.rsa-modulus-below-1024", "bad-rsa-512.der", "bad-rsa-1024.der" },
        { "rfc5280.key.rsa-exponent-invalid", "bad-rsa-exponent-even.der", "bad-rsa-exponent-3.der" },
        { "rfc5280.key.rsa-exponent-not-65537", "bad-rsa-exponent-3.der", "good-rsa.der" },
        { "rfc5280.key.rsa-modulus-invalid", "bad-rsa-modulus-even.der", "good-rsa.der" },
        { "rfc5280.key.rsa-params-not-null", "bad-rsa-key-params-absent.der", "good-rsa.der" },
        { "rfc5280.key.rsa-fermat-factorable", "bad-rsa-close-primes.der", "good-rsa.der" },
        { "rfc5280.key.ec-not-named-curve", "bad-ec-explicit-params.der", "good-leaf.der" },
        { "rfc5280.key.ec-point-invalid", "bad-ec-point-off-curve.der", "bad-ec-point-compressed.der" },
        { "rfc5280.key.ec-point-compressed", "bad-ec-point-compressed.der", "good-leaf.der" },
        { "rfc5280.key.curve25519-448-params-present", "bad-ed25519-params-null.der", "good-ed25519.der" },
        { "rfc5280.key.algorithm-unknown", "bad-unknown-key-algorithm.der", "good-ed25519.der" },
    };

    private static IRule Rule(string id) => RuleTestKit.Rule(id);

    private static string Fixture(string name) => "rfc5280-core/" + name;

    [Theory]
    [MemberData(nameof(Cases))]
    public void FiresOnItsFixtureWithALocationInsideTheCertificate(string id, string firing, string quiet)
    {
        _ = quiet;
        var certificate = Fixtures.Certificate(Fixture(firing));
        var finding = RuleTestKit.AssertFires(Rule(id), Fixture(firing));
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        Assert.NotNull(finding.Path);
        Assert.InRange(finding.Offset ?? -1, 0, certificate.Encoded.Length - 1);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void QuietOnItsCleanFixture(string id, string firing, string quiet)
    {
        _ = firing;
        RuleTestKit.AssertQuiet(Rule(id), Fixture(quiet));
    }

    [Fact]
    public void EveryCoreRuleIsQuietOnTheCleanLeaf()
    {
        var leaf = Fixtures.Certificate(Fixture("good-leaf.der"));
        foreach (var id in CoreIds())
        {
            Assert.True(RuleTestKit.Run(Rule(id), leaf).Count == 0, $"{id} fired on good-leaf.der");
        }
    }

    [Fact]
    public void EveryRuleOfTheCorePackFilesHasACase()
    {
        // A rule's fires/quiet case is in this table or in the extension table (which also holds issue 12's name rules).
        var covered = CoreIds().Concat(Extensions.ExtensionRuleTests.Cases.Select(row => (string)row[0])).ToHashSet();
        var mine = CertLint.Rules.Rfc5280.Rfc5280Pack.Rules.Select(r => r.Descriptor.Id)
            .Where(id => !id.StartsWith("rfc5280.ext.", StringComparison.Ordinal)).ToList();
        var missing = mine.Where(id => !covered.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "rules without a test case: " + string.Join(", ", missing));
    }

    private static IEnumerable<string> CoreIds() => Cases.Select(row => (string)row[0]);
}
