using CertLint.Rules;
using CertLint.Rules.Engine;
using static CertLint.Tests.Engine.EngineTestKit;

namespace CertLint.Tests.Engine;

public class FindingSourceTests
{
    /// <summary>Reports, on the last certificate, how many certificates the whole input had.</summary>
    private sealed class CountingSource : IFindingSource
    {
        public static readonly RuleDescriptor Rule = TestRule.Always("source.count").Descriptor with { Id = "source.count", DefaultSeverity = Severity.Notice };

        public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Rule];

        public IEnumerable<SourceFinding> Check(FindingSourceContext context)
        {
            var last = context.Certificates.Count - 1;
            var parameter = context.Parameters(Rule.Id).TryGetValue("label", out var label) ? label : "count";
            yield return new SourceFinding(last, Finding.At(Rule, $"{parameter}={context.Certificates.Count}", "certificate", 0));
        }
    }

    [Fact]
    public void SourceSeesTheWholeInputAndItsFindingLandsOnTheNamedCertificate()
    {
        var report = Lint("lint/chain.pem", [], sources: [new CountingSource()]);
        Assert.Empty(report.Certificates[0].Findings);
        var finding = Assert.Single(report.Certificates[2].Findings);
        Assert.Equal("count=3", finding.Message);
        Assert.Equal(Severity.Notice, finding.Severity);
    }

    [Fact]
    public void ProfileAppliesToSourceFindings()
    {
        var profile = AllTestRules + "severity:\n  source.count: error\nparameters:\n  source.count:\n    label: n\n";
        var finding = Assert.Single(Lint("lint/chain.pem", [], profile, sources: [new CountingSource()]).Certificates[2].Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("n=3", finding.Message);

        var excluded = Lint("lint/chain.pem", [], AllTestRules + "exclude: [source.count]\n", sources: [new CountingSource()]);
        Assert.All(excluded.Certificates, c => Assert.Empty(c.Findings));
    }

    private sealed class FailingSource : IFindingSource
    {
        public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [CountingSource.Rule with { Id = "source.fails" }];

        public IEnumerable<SourceFinding> Check(FindingSourceContext context) => throw new InvalidOperationException("model broke");
    }

    [Fact]
    public void AFailingSourceIsAFindingAndRulesStillReport()
    {
        var report = Lint("lint/chain.pem", [TestRule.Always()], sources: [new FailingSource()]);
        var failed = Assert.Single(report.Certificates[0].Findings, f => f.Rule == EngineRules.RuleFailed.Id);
        Assert.Contains("source.fails", failed.Message);
        Assert.Contains("model broke", failed.Message);
        Assert.All(report.Certificates, c => Assert.Contains(c.Findings, f => f.Rule == "test.always"));
    }

    [Fact]
    public void SourceRulesAreInTheCatalog() =>
        Assert.NotNull(new RuleCatalog([new CountingSource()]).Find("source.count"));
}
