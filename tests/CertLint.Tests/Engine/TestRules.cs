using CertLint.Rules;

namespace CertLint.Tests.Engine;

/// <summary>Test-only rules that make the engine's decisions visible: each reports when (and how) it ran.</summary>
internal sealed class TestRule(string id, Func<RuleContext, string?> check, CertificateRoles appliesTo = CertificateRoles.All,
    bool needsIssuer = false, DateTimeOffset? effective = null, Severity severity = Severity.Warning) : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = id,
        Title = "Test rule " + id,
        DefaultSeverity = severity,
        Source = "Test",
        Citation = "none",
        Description = "Reports what the test asks for.",
        Rationale = "Makes the engine observable.",
        Fix = "None needed.",
        Example = "n/a",
        AppliesTo = appliesTo,
        NeedsIssuer = needsIssuer,
        EffectiveDate = effective,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (check(context) is { } message)
        {
            findings.Add(Finding.At(Descriptor, message, "tbsCertificate.subject", context.Certificate.Subject.Location.Offset));
        }
    }

    public static TestRule Always(string id = "test.always", CertificateRoles roles = CertificateRoles.All) => new(id, c => "ran on " + c.Certificate.Subject.CommonName, roles);
}
