using CertLint.Rules.Chain;
using CertLint.Tests.Engine;

namespace CertLint.Tests.Rules.Chain;

/// <summary>
/// The chain rules under the real lint engine (its issuer lookup by name and key identifier, NeedsIssuer gating):
/// each broken chain gives exactly its own chain finding, on the right certificate, and nothing else from the pack.
/// </summary>
public class ChainEngineTests
{
    private const string ChainProfile = "name: chain-test\ninclude:\n  rules: [\"chain.*\"]\n";

    [Theory]
    [MemberData(nameof(ChainRuleTests.Broken), MemberType = typeof(ChainRuleTests))]
    public void EngineReportsExactlyTheBrokenLink(string id, string file, int index)
    {
        var report = EngineTestKit.Lint("chain-rules/" + file, ChainPack.Rules, ChainProfile);
        var findings = report.Certificates.SelectMany((c, i) => c.Findings.Select(f => (Index: i, f.Rule, f.Message))).ToList();
        var finding = Assert.Single(findings);
        Assert.Equal(id, finding.Rule);
        Assert.Equal(index, finding.Index);
    }

    [Theory]
    [MemberData(nameof(ChainRuleTests.ValidChains), MemberType = typeof(ChainRuleTests))]
    public void EngineIsQuietOnValidChains(string file)
    {
        var report = EngineTestKit.Lint(file, ChainPack.Rules, ChainProfile);
        Assert.Empty(report.Certificates.SelectMany(c => c.Findings).Select(f => $"{f.Rule}: {f.Message}"));
    }
}
