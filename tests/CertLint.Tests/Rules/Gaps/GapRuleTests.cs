using CertLint.Asn1;
using CertLint.Rules;
using CertLint.Rules.Engine;
using CertLint.Rules.Rfc5280;
using CertLint.Tests.Rules.Extensions;
using CertLint.X509;

namespace CertLint.Tests.Rules.Gaps;

/// <summary>
/// The rules and decoder checks added for issue 12 (empty lists, named bit lists, DEFAULTs inside extensions, IDN,
/// keyUsage/extKeyUsage, issuer-name checks, ...) against fixtures/rfc5280-gaps, and partial decoding of lists. The
/// fires-once / stays-quiet table of the new rules is in ExtensionRuleTests (fixtures named "rfc5280-gaps/...").
/// </summary>
public class GapRuleTests
{
    private static string Fixture(string name) => $"rfc5280-gaps/{name}.der";

    public static TheoryData<string> Good => RuleFixtures.Good("rfc5280-gaps");

    /// <summary>Every good-*.der of the folder passes every RFC 5280 and decoder rule, not only those with a fixture here.</summary>
    [Theory]
    [MemberData(nameof(Good))]
    public void WellFormedCertificatesPassEveryApplicableRule(string fixture) =>
        Assert.Empty(FixtureCases.ApplicableFindings(
            RuleCatalog.Default.Rules.Where(r => r.Descriptor.Id.StartsWith("rfc5280.", StringComparison.Ordinal) || r.Descriptor.Id.StartsWith("certlint.", StringComparison.Ordinal)),
            fixture));

    [Theory]
    [InlineData("rfc5280.der.named-bit-list", "tbsCertificate.extensions[0].extnValue", "1 octet(s) with 7 unused bit(s)", "1 octet(s) with 5 unused bit(s)")]
    [InlineData("rfc5280.der.named-bit-list.ku-trailing-octet", "tbsCertificate.extensions[1].extnValue", "1 octet(s) with 1 unused bit(s)", "2 octet(s) with 7 unused bit(s)")]
    [InlineData("rfc5280.der.named-bit-list.ns-cert-type", "tbsCertificate.extensions[5].extnValue", "1 octet(s) with 6 unused bit(s)", "1 octet(s) with 5 unused bit(s)")]
    [InlineData("rfc5280.der.named-bit-list.crldp-reasons", "tbsCertificate.extensions[5].extnValue[0].reasons", "1 octet(s) with 5 unused bit(s)", "1 octet(s) with 0 unused bit(s)")]
    public void NamedBitListWithTrailingZeroBitsIsReported(string fixture, string path, string expected, string found)
    {
        var finding = FixtureCases.FiresOnce("rfc5280.der.named-bit-list", Fixture(fixture));
        Assert.Equal(path, finding.Path);
        Assert.Contains($"expected {expected}, found {found}", finding.Message);
    }

    [Theory]
    [InlineData("rfc5280.der.default-encoded", "tbsCertificate.extensions[5].extnValue.cA", "cA FALSE")]
    [InlineData("rfc5280.der.default-encoded.nc-minimum-zero", "tbsCertificate.extensions[4].extnValue.permittedSubtrees[0].minimum", "minimum 0")]
    public void DefaultValueInsideAnExtensionIsReported(string fixture, string path, string what)
    {
        var finding = FixtureCases.FiresOnce("rfc5280.der.default-encoded", Fixture(fixture));
        Assert.Equal(path, finding.Path);
        Assert.Contains(what, finding.Message);
    }

    [Theory]
    [InlineData("good-leaf-lists")]
    [InlineData("good-int-lists")]
    public void WellFormedNamedBitListsAndDefaultsAreQuiet(string fixture)
    {
        RuleTestKit.AssertQuiet(FixtureCases.Rule("rfc5280.der.named-bit-list"), Fixture(fixture));
        RuleTestKit.AssertQuiet(FixtureCases.Rule("rfc5280.der.default-encoded"), Fixture(fixture));
    }

    [Fact]
    public void MalformedPolicyQualifierLeavesTheOtherQualifiersChecked()
    {
        const string fixture = "rfc5280.ext.malformed.policies-partial";
        var extension = Fixtures.Certificate(Fixture(fixture)).Extension(Oids.CertificatePolicies)!;
        Assert.Null(extension.Decoded);
        var partial = Assert.IsType<CertificatePolicies>(extension.Partial);
        Assert.Equal(["1.3.6.1.4.1.55555.11", "1.3.6.1.4.1.55555.12"], partial.Policies.Select(p => p.PolicyOid));
        Assert.Equal(2, partial.Policies[0].Qualifiers.Count);

        var malformed = FixtureCases.FiresOnce("rfc5280.ext.malformed", Fixture(fixture));
        Assert.Equal("tbsCertificate.extensions[5].extnValue[0].policyQualifiers[0].cPSuri", malformed.Path);
        foreach (var id in new[]
        {
            "rfc5280.ext.policies.explicit-text-too-long", "rfc5280.ext.policies.explicit-text-ia5",
            "rfc5280.ext.policies.explicit-text-control", "rfc5280.ext.policies.notice-ref",
        })
        {
            FixtureCases.FiresOnce(id, Fixture(fixture));
        }
    }

    [Fact]
    public void MalformedGeneralNameLeavesTheOtherNamesChecked()
    {
        const string fixture = "rfc5280.ext.malformed.san-partial";
        var extension = Fixtures.Certificate(Fixture(fixture)).Extension(Oids.SubjectAltName)!;
        Assert.Null(extension.Decoded);
        Assert.Equal(["leaf.example.test", "bad name.example.test"], Assert.IsType<AltName>(extension.Partial).Names.Select(n => n.Text));
        Assert.Equal("tbsCertificate.extensions[2].extnValue[1]", FixtureCases.FiresOnce("rfc5280.ext.malformed", Fixture(fixture)).Path);
        Assert.Contains("bad name.example.test", FixtureCases.FiresOnce("rfc5280.ext.san.dns-name-invalid", Fixture(fixture)).Message);
    }

    [Fact]
    public void WholeListsThatDecodeHaveNoPartialValue()
    {
        var certificate = Fixtures.Certificate(Fixture("good-leaf-lists"));
        Assert.All(certificate.Extensions, e =>
        {
            Assert.Null(e.Partial);
            Assert.Empty(e.DecodeErrors);
        });
    }

    [Theory]
    [InlineData("caf-dma", "café")]
    [InlineData("cafe-yvc", "cafe\u0301")]
    [InlineData("ihqwcrb4cv8a8dqg056pqjye", "他们为什么不说中文")]
    [InlineData("egbpdaj6bu4bxfgehfvwxn", "ليهمابتكلموشعربي؟")]
    public void PunycodeDecodesRfc3492Samples(string ace, string unicode) => Assert.Equal(unicode, IdnLabels.Decode(ace));

    [Theory]
    [InlineData("caf-d")]
    [InlineData("abc-")]
    [InlineData("")]
    [InlineData("a_b")]
    [InlineData("999999999999999999")]
    public void MalformedPunycodeDoesNotDecode(string ace) => Assert.Null(IdnLabels.Decode(ace));
}
