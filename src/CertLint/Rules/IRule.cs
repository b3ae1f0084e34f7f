namespace CertLint.Rules;

/// <summary>
/// A lint: its descriptor (data) and its check (code). Applicability (role, effective date, issuer needed) is
/// decided by the engine from the descriptor, so <see cref="Check"/> only looks at the certificate.
/// </summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }

    /// <summary>Zero or more findings, each with the default severity (the engine applies profile overrides).</summary>
    IEnumerable<Finding> Check(RuleContext context);
}
