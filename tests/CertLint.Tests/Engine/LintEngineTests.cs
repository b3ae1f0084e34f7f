using CertLint.Rules;
using CertLint.Rules.Engine;
using static CertLint.Tests.Engine.EngineTestKit;

namespace CertLint.Tests.Engine;

public class LintEngineTests
{
    [Fact]
    public void EveryCertificateOfABundleIsLintedInStoredOrder()
    {
        var report = Lint("lint/chain.pem", [TestRule.Always()]);
        Assert.Equal(["lint.example.test", "Lint Test Intermediate", "Lint Test Root"],
            report.Certificates.Select(c => c.Findings.Single(f => f.Rule == "test.always").Message["ran on ".Length..]));
        Assert.Equal([0, 1, 2], report.Certificates.Select(c => c.Index));
        Assert.Equal(PemLines.Begins("lint/chain.pem"), report.Certificates.Select(c => c.Line));
        Assert.Equal(File.ReadAllLines(Fixtures.Path("lint/sha256.txt"))[0], report.Certificates[0].Sha256);
    }

    [Fact]
    public void RolesComeFromBasicConstraintsAndSelfIssuance()
    {
        var report = Lint("lint/chain.pem", []);
        Assert.Equal(["leaf", "intermediate", "root"], report.Certificates.Select(c => c.Role));
    }

    [Fact]
    public void RuleRunsOnlyOnTheRolesItAppliesTo()
    {
        var report = Lint("lint/chain.pem", [TestRule.Always("test.leaf", CertificateRoles.Leaf), TestRule.Always("test.ca", CertificateRoles.Ca)]);
        Assert.Equal(["test.leaf"], report.Certificates[0].Findings.Select(f => f.Rule));
        Assert.Equal(["test.ca"], report.Certificates[1].Findings.Select(f => f.Rule));
        Assert.Equal(["test.ca"], report.Certificates[2].Findings.Select(f => f.Rule));
        Assert.DoesNotContain("test.ca", report.Certificates[0].RulesRun);
    }

    [Fact]
    public void EffectiveDateSkipsCertificatesIssuedBeforeIt()
    {
        // Fixtures are issued 2025-01-01.
        var report = Lint("lint/leaf.pem", [
            new TestRule("test.from-2024", _ => "ran", effective: new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero)),
            new TestRule("test.from-2030", _ => "ran", effective: new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)),
        ]);
        Assert.Equal(["test.from-2024"], report.Certificates[0].Findings.Select(f => f.Rule));
    }

    [Fact]
    public void IssuerRulesRunOnlyWhenTheIssuerIsKnownAndSeeIt()
    {
        var rule = new TestRule("test.issuer", c => "issuer " + c.Issuer!.Subject.CommonName, needsIssuer: true);
        var alone = Lint("lint/leaf.pem", [rule]);
        Assert.Empty(alone.Certificates[0].Findings);
        Assert.Null(alone.Certificates[0].IssuerSha256);

        var bundled = Lint("lint/chain.pem", [rule]);
        Assert.Equal(["issuer Lint Test Intermediate", "issuer Lint Test Root", "issuer Lint Test Root"],
            bundled.Certificates.Select(c => c.Findings.Single().Message));

        var withChain = Lint("lint/leaf.pem", [rule], chain: Fixtures.Certificates("lint/int.pem"));
        Assert.Equal("issuer Lint Test Intermediate", withChain.Certificates[0].Findings.Single().Message);
        Assert.Equal(File.ReadAllLines(Fixtures.Path("lint/sha256.txt"))[2], withChain.Certificates[0].IssuerSha256);
    }

    [Fact]
    public void TrustAnchorsAreIssuersAndVisibleToRules()
    {
        var rule = new TestRule("test.anchors", c => $"{c.TrustAnchors.Count} anchor(s), issuer {c.Issuer?.Subject.CommonName ?? "unknown"}", needsIssuer: true);
        var report = Lint("lint/int.pem", [rule], anchors: Fixtures.Certificates("lint/root.pem"));
        Assert.Equal("1 anchor(s), issuer Lint Test Root", report.Certificates[0].Findings.Single().Message);
    }

    [Fact]
    public void ChainContextIsTheBundleAsStored()
    {
        var rule = new TestRule("test.position", c => $"{c.ChainIndex}/{c.Chain.Count}");
        var report = Lint("lint/chain.pem", [rule]);
        Assert.Equal(["0/3", "1/3", "2/3"], report.Certificates.Select(c => c.Findings.Single().Message));
    }

    [Fact]
    public void ProfileOverridesSeverityAndPassesParameters()
    {
        var rule = new TestRule("test.param", c => "value=" + c.StringParameter("value", "none"));
        var plain = Lint("lint/leaf.pem", [rule]);
        Assert.Equal("value=none", plain.Certificates[0].Findings.Single().Message);
        Assert.Equal(Severity.Warning, plain.Certificates[0].Findings.Single().Severity);

        var profile = AllTestRules + "severity:\n  test.param: error\nparameters:\n  test.param:\n    value: 42\n";
        var tuned = Lint("lint/leaf.pem", [rule], profile);
        Assert.Equal("value=42", tuned.Certificates[0].Findings.Single().Message);
        Assert.Equal(Severity.Error, tuned.Certificates[0].Findings.Single().Severity);
    }

    [Fact]
    public void ExcludedRulesDoNotRun()
    {
        var report = Lint("lint/leaf.pem", [TestRule.Always("test.a"), TestRule.Always("test.b")], AllTestRules + "exclude: [test.b]\n");
        Assert.Equal(["test.a"], report.Certificates[0].Findings.Select(f => f.Rule));
        Assert.DoesNotContain("test.b", report.Certificates[0].RulesRun);
    }

    [Fact]
    public void ARuleThatThrowsBecomesAFindingAndOthersStillRun()
    {
        var report = Lint("lint/leaf.pem", [new TestRule("test.throws", _ => throw new InvalidOperationException("boom")), TestRule.Always()]);
        var findings = report.Certificates[0].Findings;
        Assert.Contains(findings, f => f.Rule == EngineRules.RuleFailed.Id && f.Message.Contains("test.throws") && f.Message.Contains("boom"));
        Assert.Contains(findings, f => f.Rule == "test.always");
    }

    [Fact]
    public void FindingsAreSortedWorstFirst()
    {
        var report = Lint("lint/leaf.pem", [
            new TestRule("test.a-info", _ => "i", severity: Severity.Info),
            new TestRule("test.b-error", _ => "e", severity: Severity.Error),
            new TestRule("test.c-warning", _ => "w", severity: Severity.Warning),
        ]);
        Assert.Equal(["test.b-error", "test.c-warning", "test.a-info"], report.Certificates[0].Findings.Select(f => f.Rule));
    }
}
