using CertLint.Rules;

namespace CertLint.Tests.Rules.Extensions;

/// <summary>The fires-once / stays-quiet checks the extension and IoT rule tables share.</summary>
internal static class FixtureCases
{
    public static IRule Rule(string id) => RuleTestKit.Rule(id);

    /// <summary>The rule fires exactly once on the fixture, with its default severity, at a real field of a certificate it applies to.</summary>
    public static Finding FiresOnce(string id, string fixture)
    {
        var rule = Rule(id);
        var finding = RuleTestKit.AssertFires(rule, fixture);
        Assert.Equal(rule.Descriptor.DefaultSeverity, finding.Severity);
        Assert.False(string.IsNullOrWhiteSpace(finding.Path));
        Assert.True(finding.Offset is > 0 && finding.Offset < Fixtures.Bytes(fixture).Length, $"{id}: offset {finding.Offset} is outside {fixture}");
        var role = RuleContext.RoleOf(Fixtures.Certificate(fixture));
        Assert.True((rule.Descriptor.AppliesTo & role) != 0, $"{id} does not apply to {fixture} ({role})");
        return finding;
    }

    /// <summary>"rule: message" for every finding of the rules that apply to the fixture's role.</summary>
    public static List<string> ApplicableFindings(IEnumerable<IRule> rules, string fixture)
    {
        var certificate = Fixtures.Certificate(fixture);
        var role = RuleContext.RoleOf(certificate);
        return rules
            .Where(r => (r.Descriptor.AppliesTo & role) != 0)
            .SelectMany(r => RuleTestKit.Run(r, certificate))
            .Select(f => $"{f.RuleId}: {f.Message}")
            .ToList();
    }
}
