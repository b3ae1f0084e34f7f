namespace CertLint.Rules;

/// <summary>
/// A lint: its descriptor (data) and its check (code). Applicability (role, effective date, issuer needed) is
/// decided by the engine from the descriptor, so <see cref="Check"/> only looks at the certificate.
/// </summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }

    /// <summary>
    /// Adds zero or more findings to <paramref name="findings"/>, each with the default severity (the engine applies
    /// profile overrides). Findings are added, not returned: a lazy sequence would allocate an iterator per rule and
    /// certificate, a third of what lint of a 10,000-certificate bundle allocated.
    /// </summary>
    void Check(RuleContext context, List<Finding> findings);
}

public static class RuleExtensions
{
    /// <summary>The findings of <paramref name="rule"/> on one certificate, as a new list (for callers outside the engine).</summary>
    public static List<Finding> Findings(this IRule rule, RuleContext context)
    {
        var findings = new List<Finding>();
        rule.Check(context, findings);
        return findings;
    }
}
