using CertLint.Rules;
using CertLint.Rules.Rfc5280;

namespace CertLint.Tests.Rules.Extensions;

/// <summary>
/// Every RFC 5280 extension rule against a fixture made to break exactly it (fires once) and one that must not
/// trigger it. Fixtures: fixtures/rfc5280-ext and fixtures/rfc5280-gaps (see fixtures/README.md).
/// </summary>
public class ExtensionRuleTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "rfc5280.ext.unknown-critical", "ext-unknown-critical", "ext-unknown-noncritical" },
        { "rfc5280.ext.duplicate", "ext-duplicate", "leaf-good" },
        { "rfc5280.ext.empty-list", "ext-empty-list", "leaf-good" },
        { "rfc5280.ext.malformed", "ext-malformed", "leaf-good" },
        { "rfc5280.ext.basic-constraints.critical-in-ca", "int-bc-not-critical", "int-good" },
        { "rfc5280.ext.basic-constraints.path-len-without-ca", "leaf-bc-pathlen", "int-bc-pathlen-negative" },
        { "rfc5280.ext.basic-constraints.path-len-negative", "int-bc-pathlen-negative", "leaf-bc-pathlen" },
        { "rfc5280.ext.key-usage.missing-in-ca", "int-no-ku", "int-good" },
        { "rfc5280.ext.key-usage.no-bits", "leaf-ku-empty", "leaf-good" },
        { "rfc5280.ext.key-usage.ca-without-cert-sign", "int-ku-no-certsign", "int-good" },
        { "rfc5280.ext.key-usage.cert-sign-without-ca", "leaf-ku-certsign", "int-good" },
        { "rfc5280.ext.key-usage.crl-sign-without-ca", "crl/leaf-crl-sign", "int-good" },
        { "rfc5280.ext.key-usage.not-critical", "leaf-ku-not-critical", "leaf-good" },
        { "rfc5280.ext.key-usage.undefined-bits", "leaf-ku-bit9", "leaf-good" },
        { "rfc5280.ext.key-usage.encipher-decipher-without-key-agreement", "leaf-ku-encipher-only", "leaf-good" },
        { "rfc5280.ext.eku.any-critical", "leaf-eku-any-critical", "leaf-good" },
        { "rfc5280.ext.eku.empty", "leaf-eku-empty", "leaf-good" },
        { "rfc5280.ext.eku.duplicate", "leaf-eku-duplicate", "leaf-good" },
        { "rfc5280.ext.san.missing-with-empty-subject", "leaf-empty-subject-no-san", "leaf-good-empty-subject" },
        { "rfc5280.ext.san.not-critical-with-empty-subject", "leaf-empty-subject-san-noncritical", "leaf-good-empty-subject" },
        { "rfc5280.ext.san.critical-with-subject", "leaf-san-critical", "leaf-good" },
        { "rfc5280.ext.san.empty", "leaf-san-empty", "leaf-good" },
        { "rfc5280.ext.san.empty-name", "leaf-san-empty-name", "leaf-good" },
        { "rfc5280.ext.san.dns-name-invalid", "leaf-san-dns-space", "leaf-good" },
        { "rfc5280.ext.san.ip-address-length", "leaf-san-ip-bad", "leaf-good" },
        { "rfc5280.ext.san.email-invalid", "leaf-san-email-bad", "leaf-good" },
        { "rfc5280.ext.san.uri-invalid", "leaf-san-uri-bad", "leaf-good" },
        { "rfc5280.ext.ian.critical", "leaf-ian-critical", "leaf-good" },
        { "rfc5280.ext.ian.name-invalid", "leaf-ian-bad", "leaf-good" },
        { "rfc5280.ext.aki.missing", "leaf-no-key-ids", "root-good" },
        { "rfc5280.ext.aki.no-key-identifier", "leaf-aki-no-key-id", "leaf-good" },
        { "rfc5280.ext.aki.critical", "leaf-aki-critical", "leaf-good" },
        { "rfc5280.ext.ski.missing-in-ca", "int-no-ski", "int-good" },
        { "rfc5280.ext.ski.missing-in-leaf", "leaf-no-key-ids", "leaf-good" },
        { "rfc5280.ext.ski.critical", "leaf-ski-critical", "leaf-good" },
        { "rfc5280.ext.policies.duplicate", "leaf-policies-duplicate", "leaf-good" },
        { "rfc5280.ext.policies.any-policy-qualifier", "leaf-policies-any-qualifier", "leaf-good" },
        { "rfc5280.ext.policies.explicit-text-too-long", "leaf-policies-text-bad", "leaf-good" },
        { "rfc5280.ext.policies.explicit-text-ia5", "leaf-policies-text-bad", "leaf-good" },
        { "rfc5280.ext.policies.explicit-text-not-utf8", "leaf-policies-text-bad", "leaf-good" },
        { "rfc5280.ext.policies.explicit-text-control", "leaf-policies-text-bad", "leaf-good" },
        { "rfc5280.ext.policies.cps-uri-invalid", "leaf-policies-cps-bad", "leaf-good" },
        { "rfc5280.ext.name-constraints.not-in-ca", "leaf-name-constraints", "int-good" },
        { "rfc5280.ext.name-constraints.not-critical", "int-nc-not-critical", "int-good" },
        { "rfc5280.ext.name-constraints.empty", "int-nc-empty", "int-good" },
        { "rfc5280.ext.name-constraints.minimum-maximum", "int-nc-min-max", "int-good" },
        { "rfc5280.ext.policy-constraints.not-critical", "int-pc-not-critical", "int-good" },
        { "rfc5280.ext.policy-constraints.empty", "int-pc-empty", "int-good" },
        { "rfc5280.ext.policy-constraints.not-in-ca", "leaf-ca-only-extensions", "int-good" },
        { "rfc5280.ext.policy-mappings.any-policy", "int-pm-any-policy", "int-good" },
        { "rfc5280.ext.policy-mappings.not-critical", "int-pm-not-critical", "int-good" },
        { "rfc5280.ext.policy-mappings.issuer-policy-not-asserted", "int-pm-unasserted", "int-good" },
        { "rfc5280.ext.policy-mappings.not-in-ca", "leaf-ca-only-extensions", "int-good" },
        { "rfc5280.ext.inhibit-any-policy.not-critical", "int-iap-not-critical", "int-good" },
        { "rfc5280.ext.inhibit-any-policy.not-in-ca", "leaf-ca-only-extensions", "int-good" },
        { "rfc5280.ext.aia.critical", "leaf-access-critical", "leaf-good" },
        { "rfc5280.ext.sia.critical", "leaf-access-critical", "leaf-good" },
        { "rfc5280.ext.crldp.critical", "leaf-access-critical", "leaf-good" },
        { "rfc5280.ext.freshest-crl.critical", "leaf-access-critical", "leaf-good" },
        { "rfc5280.ext.crldp.incomplete", "leaf-crldp-incomplete", "leaf-good" },
        { "rfc5280.ext.aia.location-invalid", "leaf-aia-uri-bad", "leaf-good" },
        { "rfc5280.ext.crldp.uri-invalid", "leaf-crldp-uri-bad", "leaf-good" },
        { "rfc5280.ext.ns-cert-type", "leaf-ns-cert-type", "leaf-good" },
        { "rfc5280.ext.ian.empty", "leaf-ian-empty", "leaf-good" },
        { "rfc5280.ext.policies.notice-ref", "leaf-policies-notice-ref", "leaf-good" },
        { "rfc5280.ext.key-usage.not-allowed-for-key", "leaf-ku-ec-key-encipherment", "leaf-good" },
        { "rfc5280.ext.crldp.no-http-or-ldap", "leaf-crldp-no-http", "leaf-good" },
        { "rfc5280.ext.aia.ca-issuers-no-http-or-ldap", "leaf-aia-ca-issuers-ftp", "leaf-good" },
        { "rfc5280.ext.subject-directory-attributes.critical", "leaf-sda-critical", "leaf-good" },
        { "rfc5280.ext.san.dns-name-duplicate", "leaf-san-dns-duplicate", "leaf-good" },
        { "rfc5280.ext.name-constraints.ip-address-length", "int-nc-ip-bad", "int-good" },
        { "rfc5280.ext.name-constraints.uri-not-host", "int-nc-uri-bad", "int-good" },
        { "rfc5280.ext.name-constraints.uri-not-host", "int-nc-uri-single-label", "int-good" },
        // Issue 12 (fixtures/rfc5280-gaps)
        { "rfc5280.ext.aia.empty", "rfc5280-gaps/leaf-lists-empty", "rfc5280-gaps/leaf-good-lists" },
        { "rfc5280.ext.sia.empty", "rfc5280-gaps/leaf-lists-empty", "rfc5280-gaps/leaf-good-lists" },
        { "rfc5280.ext.policies.empty", "rfc5280-gaps/leaf-lists-empty", "rfc5280-gaps/leaf-good-lists" },
        { "rfc5280.ext.crldp.empty", "rfc5280-gaps/leaf-lists-empty", "rfc5280-gaps/leaf-good-lists" },
        { "rfc5280.ext.freshest-crl.empty", "rfc5280-gaps/leaf-lists-empty", "rfc5280-gaps/leaf-good-lists" },
        { "rfc5280.ext.subject-directory-attributes.empty", "rfc5280-gaps/leaf-lists-empty", "rfc5280-gaps/leaf-good-lists" },
        { "rfc5280.ext.policy-mappings.empty", "rfc5280-gaps/int-pm-empty", "rfc5280-gaps/int-good-lists" },
        { "rfc5280.ext.ian.empty-name", "rfc5280-gaps/leaf-ian-empty-name", "rfc5280-gaps/leaf-good-lists" },
        { "rfc5280.ext.policies.explicit-text-not-nfc", "rfc5280-gaps/leaf-policies-text-not-nfc", "rfc5280-gaps/leaf-good-lists" },
        { "rfc5280.ext.san.idn-malformed", "rfc5280-gaps/leaf-san-idn-malformed", "rfc5280-gaps/leaf-good-lists" },
        { "rfc5280.ext.san.idn-not-nfc", "rfc5280-gaps/leaf-san-idn-not-nfc", "rfc5280-gaps/leaf-good-lists" },
        { "rfc5280.ext.key-usage.inconsistent-with-eku", "rfc5280-gaps/leaf-ku-eku-inconsistent", "rfc5280-gaps/leaf-good-lists" },
        { "rfc5280.ext.key-usage.rsa-ca-encipherment", "rfc5280-gaps/rsa-root-ku-encipherment", "rfc5280-gaps/rsa-root-good" },
        { "rfc5280.ext.name-constraints.unsupported-form", "rfc5280-gaps/int-nc-registered-id", "rfc5280-gaps/int-good-lists" },
        { "rfc5280.name.email-not-in-san", "rfc5280-gaps/leaf-email-not-in-san", "rfc5280-gaps/leaf-email-in-san" },
        { "rfc5280.name.issuer-surrounding-whitespace", "rfc5280-gaps/leaf-issuer-whitespace", "rfc5280-gaps/leaf-good-lists" },
        { "rfc5280.name.issuer-multi-valued-rdn", "rfc5280-gaps/leaf-issuer-multi-valued-rdn", "rfc5280-gaps/leaf-good-lists" },
        { "rfc5280.name.personal-name-over-64", "rfc5280-gaps/leaf-given-name-65", "rfc5280-gaps/leaf-given-name-64" },
        // Issue 12, from pkilint's RFC 5280 validators that zlint lacks
        { "rfc5280.ext.aki.issuer-serial-pair", "rfc5280-gaps/leaf-aki-issuer-without-serial", "leaf-aki-no-key-id" },
        { "rfc5280.name.rdn-duplicate-type", "rfc5280-gaps/leaf-rdn-duplicate-type", "rfc5280-gaps/leaf-issuer-multi-valued-rdn" },
        { "rfc5280.ext.name-constraints.ip-address-mask", "rfc5280-gaps/int-nc-ip-host-bits", "int-good" },
    };

    /// <summary>A fixture of rfc5280-ext by name, or of another folder as "folder/name".</summary>
    private static string Fixture(string name) => name.Contains('/') ? $"{name}.der" : $"rfc5280-ext/{name}.der";

    [Theory]
    [MemberData(nameof(Cases))]
    public void FiresOnceOnItsFixture(string id, string fires, string quiet)
    {
        _ = quiet;
        FixtureCases.FiresOnce(id, Fixture(fires));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void QuietOnWellFormedCertificate(string id, string fires, string quiet)
    {
        _ = fires;
        RuleTestKit.AssertQuiet(FixtureCases.Rule(id), Fixture(quiet));
    }

    [Fact]
    public void EveryExtensionRuleHasACase()
    {
        var covered = Cases.Select(row => (string)row[0]).ToHashSet();
        var missing = Rfc5280Pack.Rules.Select(r => r.Descriptor.Id).Where(id => id.StartsWith("rfc5280.ext.", StringComparison.Ordinal) && !covered.Contains(id));
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("leaf-good")]
    [InlineData("int-good")]
    [InlineData("root-good")]
    [InlineData("leaf-good-empty-subject")]
    public void WellFormedCertificatesPassEveryApplicableExtensionRule(string fixture) =>
        Assert.Empty(FixtureCases.ApplicableFindings(Rfc5280Pack.Rules.Where(r => r.Descriptor.Id.StartsWith("rfc5280.ext.", StringComparison.Ordinal)), Fixture(fixture)));
}
