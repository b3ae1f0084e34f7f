using CertLint.Rules;
using CertLint.Rules.Engine;
using CertLint.Tests.Cli;
using CertLint.X509;

namespace CertLint.Tests.Rules;

/// <summary>Runs one rule against one certificate the way the engine would, with a fixed clock.</summary>
public static class RuleTestKit
{
    public static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A registered rule by ID; a test naming an unregistered rule fails here, not with a null.</summary>
    public static IRule Rule(string id) =>
        RuleRegistry.Find(id)
        ?? RuleCatalog.Default.Rules.FirstOrDefault(r => r.Descriptor.Id == id)
        ?? throw new InvalidOperationException($"rule {id} is not registered");

    public static IReadOnlyList<Finding> Run(IRule rule, Certificate certificate, Certificate? issuer = null,
        CertificateRoles? role = null, IReadOnlyDictionary<string, string>? parameters = null, IReadOnlyList<Certificate>? chain = null)
    {
        var context = new RuleContext
        {
            Certificate = certificate,
            Role = role ?? RuleContext.RoleOf(certificate),
            Issuer = issuer,
            Chain = chain ?? (issuer is null ? [certificate] : [certificate, issuer]),
            ChainIndex = 0,
            Clock = new FixedClock(Now),
            Parameters = parameters ?? new Dictionary<string, string>(),
        };
        return rule.Findings(context);
    }

    public static Finding AssertFires(IRule rule, string fixture, Certificate? issuer = null)
    {
        var findings = Run(rule, Fixtures.Certificate(fixture), issuer);
        var finding = Assert.Single(findings);
        Assert.Equal(rule.Descriptor.Id, finding.RuleId);
        return finding;
    }

    public static void AssertQuiet(IRule rule, string fixture, Certificate? issuer = null) =>
        Assert.Empty(Run(rule, Fixtures.Certificate(fixture), issuer));
}
