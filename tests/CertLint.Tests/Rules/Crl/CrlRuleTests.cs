using CertLint.Catalogue;
using CertLint.Input;
using CertLint.Reports;
using CertLint.Rules.Engine;
using CertLint.Tests.Cli;
using CertLint.Tests.Engine;
using CertLint.X509;

namespace CertLint.Tests.Rules.Crl;

/// <summary>
/// Every CRL rule (rfc5280.crl.*, chain.crl-*) and the DER rules on CRLs, through the lint engine with the rfc5280
/// profile: exactly one finding on the CRL made to break it (at a location inside the CRL), and no finding at all on
/// the clean CRLs. Fixtures: fixtures/crl/ (make.sh; see fixtures/README.md).
/// </summary>
public class CrlRuleTests
{
    /// <summary>Rule ID, fixture that fires it, fixture that does not (both in fixtures/crl/).</summary>
    public static readonly TheoryData<string, string, string> Cases = new()
    {
        { "rfc5280.crl.version.v2-required", "bad-v1-with-extensions.der", "good.der" },
        { "rfc5280.crl.version.invalid", "bad-version-3.der", "good.der" },
        { "rfc5280.crl.signature.algorithm-mismatch", "bad-sigalg-mismatch.der", "good.der" },
        { "rfc5280.crl.signature.rsa-params-not-null", "bad-rsa-sigalg-params-absent.der", "good.der" },
        { "rfc5280.crl.issuer.empty", "bad-issuer-empty.der", "good.der" },
        { "rfc5280.crl.time.encoding", "bad-time-generalized-before-2050.der", "good.der" },
        { "rfc5280.crl.time.next-update-before-this-update", "bad-next-before-this.der", "good.der" },
        { "rfc5280.crl.next-update.missing", "bad-no-next-update.der", "good.der" },
        { "rfc5280.crl.number.missing", "bad-no-crl-number.der", "good.der" },
        { "rfc5280.crl.number.negative", "bad-crl-number-negative.der", "good.der" },
        { "rfc5280.crl.number.too-long", "bad-crl-number-21-octets.der", "good.der" },
        { "rfc5280.crl.number.critical", "bad-crl-number-critical.der", "good.der" },
        { "rfc5280.crl.aki.missing", "bad-no-aki.der", "good.der" },
        { "rfc5280.crl.aki.critical", "bad-aki-critical.der", "good.der" },
        { "rfc5280.crl.ext.unknown-critical", "bad-unknown-critical-ext.der", "good-idp.der" },
        { "rfc5280.crl.ext.malformed", "bad-ext-malformed.der", "good-idp.der" },
        { "rfc5280.crl.entry.ext-unknown-critical", "bad-entry-unknown-critical-ext.der", "good-indirect.der" },
        { "rfc5280.crl.entry.serial-positive", "bad-entry-serial-negative.der", "good.der" },
        { "rfc5280.crl.entry.serial-too-long", "bad-entry-serial-21-octets.der", "good.der" },
        { "rfc5280.crl.entry.serial-duplicate", "bad-entry-serial-duplicate.der", "good.der" },
        { "rfc5280.crl.entry.reason-unspecified", "bad-reason-unspecified.der", "good.der" },
        { "rfc5280.crl.entry.reason-invalid", "bad-reason-7.der", "good.der" },
        { "rfc5280.crl.entry.reason-critical", "bad-reason-critical.der", "good.der" },
        { "rfc5280.crl.entry.invalidity-date-encoding", "bad-invalidity-date-utctime.der", "good.der" },
        { "rfc5280.crl.entry.revocation-date-after-this-update", "bad-revocation-after-this-update.der", "good.der" },
        { "rfc5280.crl.entry.certificate-issuer-without-indirect", "bad-certificate-issuer-not-indirect.der", "good-indirect.der" },
        { "rfc5280.crl.entry.certificate-issuer-not-critical", "bad-certificate-issuer-not-critical.der", "good-indirect.der" },
        { "rfc5280.crl.idp.not-critical", "bad-idp-not-critical.der", "good-idp.der" },
        { "rfc5280.crl.idp.empty", "bad-idp-empty.der", "good-idp.der" },
        { "rfc5280.crl.idp.only-contains-conflict", "bad-idp-user-and-ca.der", "good-idp.der" },
        { "rfc5280.crl.idp.only-attribute-certs", "bad-idp-attribute-certs.der", "good-idp.der" },
        { "rfc5280.crl.idp.only-some-reasons-empty", "bad-idp-reasons-empty.der", "good-idp.der" },
        { "rfc5280.crl.delta.not-critical", "bad-delta-not-critical.der", "good-delta.der" },
        { "rfc5280.crl.delta.base-not-below-number", "bad-delta-base-not-below.der", "good-delta.der" },
        { "rfc5280.crl.revoked.empty-list", "bad-revoked-empty.der", "good-empty.der" },
        { "rfc5280.der.length-not-minimal", "bad-der-length.der", "good.der" },
        { "chain.crl-signature-invalid", "bad-signature-chain.pem", "good-chain.pem" },
        { "chain.crl-issuer-missing-crl-sign", "no-crl-sign-chain.pem", "good-chain.pem" },
        { "certlint.decode.crl-malformed", "bad-malformed.pem", "good.pem" },
    };

    public static readonly TheoryData<string> Clean = new() { "good.der", "good.pem", "good-chain.pem", "good-bundle.p7b", "good-delta.der", "good-idp.der", "good-indirect.der", "good-empty.der" };

    private static readonly Lazy<CertLint.Rules.Engine.Profiles.ResolvedProfile> Profile = new(() =>
        new CertLint.Rules.Engine.Profiles.ProfileResolver(RuleCatalog.Default, Fixtures.RepoRoot).Resolve([]));

    internal static FileReport Lint(string fixture, IReadOnlyList<Certificate>? anchors = null)
    {
        var engine = new LintEngine(new LintConfiguration
        {
            Catalog = RuleCatalog.Default,
            Profile = Profile.Value,
            Clock = new FixedClock(EngineTestKit.Now),
            TrustAnchors = anchors ?? [],
        });
        return engine.Lint(InputDecoder.DecodeFile(Fixtures.Path("crl/" + fixture)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FiresOnceOnItsFixtureInsideTheCrl(string id, string firing, string quiet)
    {
        _ = quiet;
        var report = Lint(firing);
        var crl = Assert.Single(report.Crls);
        var findings = crl.Findings.Where(f => f.Rule != "chain.crl-signature-invalid" || id == f.Rule).ToList();
        var finding = Assert.Single(findings);
        Assert.Equal(id, finding.Rule);
        var descriptor = DocumentedRules.Catalog.Find(id)!;
        Assert.Equal(descriptor.DefaultSeverity, finding.Severity);
        Assert.False(string.IsNullOrWhiteSpace(finding.Path));
        var length = InputDecoder.DecodeFile(Fixtures.Path("crl/" + firing)).Objects.Single(o => o.Kind == ObjectKind.Crl).Encoded.Length;
        Assert.InRange(finding.Offset!.Value, 0, length - 1);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void QuietOnItsCleanFixture(string id, string firing, string quiet)
    {
        _ = firing;
        Assert.DoesNotContain(Lint(quiet).Crls.SelectMany(c => c.Findings), f => f.Rule == id);
    }

    [Theory]
    [MemberData(nameof(Clean))]
    public void CleanCrlsHaveNoFinding(string fixture)
    {
        var crl = Assert.Single(Lint(fixture).Crls);
        Assert.Empty(crl.Findings);
        Assert.Contains("rfc5280.crl.number.missing", crl.RulesRun);
    }

    [Fact]
    public void TheIssuingCaVerifiesTheCrlFromTheFileOrFromCa()
    {
        var ca = Fixtures.Certificate("crl/ca.pem");
        Assert.Equal(ca.Sha256, Assert.Single(Lint("good-chain.pem").Crls).IssuerSha256);
        Assert.Equal(ca.Sha256, Assert.Single(Lint("good.der", anchors: [ca]).Crls).IssuerSha256);
        Assert.Null(Assert.Single(Lint("good.der").Crls).IssuerSha256);
        var forged = Assert.Single(Lint("bad-signature.der", anchors: [ca]).Crls);
        Assert.Equal("chain.crl-signature-invalid", Assert.Single(forged.Findings).Rule);
    }

    [Fact]
    public void ThePkcs7CrlsFieldYieldsTheCrl()
    {
        var report = Lint("good-bundle.p7b");
        Assert.Single(report.Certificates);
        var crl = Assert.Single(report.Crls);
        Assert.Equal("42", crl.CrlNumber);
        Assert.Equal(2, crl.Revoked);
        Assert.Equal(Fixtures.Certificate("crl/ca.pem").Sha256, crl.IssuerSha256);
    }

    [Fact]
    public void CrlRulesSayTheyJudgeCrls() =>
        Assert.All(CertLint.Rules.RuleRegistry.Crl, r => Assert.True(r.Descriptor.ForCrls, r.Descriptor.Id));

    [Fact]
    public void EveryCrlRuleHasAFiringCase()
    {
        var tested = Cases.Select(c => (string)c[0]).ToHashSet();
        var untested = CertLint.Rules.RuleRegistry.Crl.Select(r => r.Descriptor.Id).Where(id => !tested.Contains(id)).ToList();
        Assert.True(untested.Count == 0, "CRL rules without a fixture: " + string.Join(", ", untested));
    }
}
