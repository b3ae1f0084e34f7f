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

        public ICertificateJudge Begin(FindingSourceContext context)
        {
            var last = context.Certificates.Count - 1;
            var parameter = context.Parameters(Rule.Id).TryGetValue("label", out var label) ? label : "count";
            return new Judge(i => i == last ? [Finding.At(Rule, $"{parameter}={context.Certificates.Count}", "certificate", 0)] : []);
        }
    }

    private sealed class Judge(Func<int, IEnumerable<Finding>> judge) : ICertificateJudge
    {
        IEnumerable<Finding> ICertificateJudge.Judge(int index) => judge(index);
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

        public ICertificateJudge Begin(FindingSourceContext context) => throw new InvalidOperationException("model broke");
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

    /// <summary>Fails on one certificate; attaches to the wrong one on another; reports the rest.</summary>
    private sealed class FailsOnOne : IFindingSource
    {
        public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [CountingSource.Rule with { Id = "source.sometimes" }];

        public ICertificateJudge Begin(FindingSourceContext context) => new Judge(i => i switch
        {
            1 => Throw(),
            2 => Attaching(context, 0),
            _ => Judged(context, i),
        });

        private static IEnumerable<Finding> Throw()
        {
            yield return Finding.At(CountingSource.Rule, "half-way", "certificate", 0);
            throw new InvalidOperationException("certificate 1 broke");
        }

        private static IEnumerable<Finding> Attaching(FindingSourceContext context, int other)
        {
            context.Attach(other, "late", "too late");
            return [];
        }

        private static IEnumerable<Finding> Judged(FindingSourceContext context, int i)
        {
            context.Attach(i, "judged", $"#{i}");
            return [Finding.At(CountingSource.Rule, $"judged {i}", "certificate", 0)];
        }
    }

    [Fact]
    public void ASourceFailingOnOneCertificateIsAFindingOnItAndTheOthersAreJudged()
    {
        var report = Lint("lint/chain.pem", [], sources: [new FailsOnOne()]);
        Assert.Equal("judged 0", Assert.Single(report.Certificates[0].Findings).Message);
        Assert.Equal("#0", report.Certificates[0].Attachments["judged"]);
        Assert.False(report.Certificates[0].Attachments.ContainsKey("late"));
        // What the source yielded before it threw is not reported: a half-judged certificate is only the failure.
        var failed = Assert.Single(report.Certificates[1].Findings);
        Assert.Equal(EngineRules.RuleFailed.Id, failed.Rule);
        Assert.Contains("failed on this certificate: InvalidOperationException: certificate 1 broke", failed.Message);
        // Attaching to a certificate whose report is already made is a bug in the source, reported like a throw.
        var attached = Assert.Single(report.Certificates[2].Findings);
        Assert.Equal(EngineRules.RuleFailed.Id, attached.Rule);
        Assert.Contains("attached 'late' to certificate 0 while judging 2", attached.Message);
    }

    [Fact]
    public void ReportsAreMadeAsTheSourceJudgesNotAfterTheWholeInput()
    {
        // Judging the whole input before any report held every certificate's findings and the sources' beside them
        // (lint --target of 327,000 certificates: 1,456 MiB). Now the source judges a batch as soon as its rules ran.
        var rulesRun = 0;
        int? rulesRunWhenFirstJudged = null;
        var counting = new TestRule("test.counts", _ =>
        {
            Interlocked.Increment(ref rulesRun);
            return null;
        });
        var source = new Observing(i => rulesRunWhenFirstJudged ??= Volatile.Read(ref rulesRun));
        const int count = 9_000;
        var pem = File.ReadAllText(CertLint.Tests.Fixtures.Path("lint/chain.pem")).Split("-----END CERTIFICATE-----")[0] + "-----END CERTIFICATE-----\n";
        var input = CertLint.Input.InputDecoder.Decode("many.pem", System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(pem, count))));
        var report = Lint(input, [counting], sources: [source]);
        Assert.Equal(count, report.Certificates.Count);
        Assert.Equal(count, rulesRun);
        Assert.InRange(rulesRunWhenFirstJudged ?? -1, 1, count / 2);
        Assert.All(report.Certificates, c => Assert.Equal("observed", Assert.Single(c.Findings).Message));
    }

    private sealed class Observing(Action<int> judging) : IFindingSource
    {
        public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [CountingSource.Rule with { Id = "source.observes" }];

        public ICertificateJudge Begin(FindingSourceContext context) => new Judge(i =>
        {
            judging(i);
            return [Finding.At(Descriptors[0], "observed", "certificate", 0)];
        });
    }

    [Fact]
    public void SourceRulesAreInTheCatalog() =>
        Assert.NotNull(new RuleCatalog([new CountingSource()]).Find("source.count"));
}
