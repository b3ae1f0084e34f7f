namespace CertLint.Rules;

/// <summary>Which certificates a rule looks at, by role in a chain.</summary>
[Flags]
public enum CertificateRoles
{
    None = 0,
    /// <summary>Self-signed CA certificate (trust anchor).</summary>
    Root = 1,
    /// <summary>CA certificate that is not self-signed.</summary>
    Intermediate = 2,
    /// <summary>End-entity certificate (not a CA).</summary>
    Leaf = 4,
    Ca = Root | Intermediate,
    All = Root | Intermediate | Leaf,
}

/// <summary>
/// A rule's identity and documentation, declared once next to its code (like Roslyn's DiagnosticDescriptor).
/// Reports, `rules list`, `rules explain` and rules/RULES.md are all generated from these.
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>Stable, readable ID such as <c>rfc5280.serial.positive</c>. Never renamed once shipped.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required Severity DefaultSeverity { get; init; }
    /// <summary>Where the requirement comes from: "RFC 5280", "RFC 7925", "Mbed TLS", "CertLint".</summary>
    public required string Source { get; init; }
    /// <summary>Section or location in the source, e.g. "4.1.2.2".</summary>
    public required string Citation { get; init; }
    /// <summary>What the rule checks ("what it does").</summary>
    public required string Description { get; init; }
    /// <summary>Why it matters: what breaks, and where.</summary>
    public required string Rationale { get; init; }
    /// <summary>How to fix the certificate.</summary>
    public required string Fix { get; init; }
    /// <summary>A short example of an offending value (a field as openssl would print it, or a config line).</summary>
    public required string Example { get; init; }
    public CertificateRoles AppliesTo { get; init; } = CertificateRoles.All;
    /// <summary>Certificates issued before this date are not checked (zlint's effective date); null: always.</summary>
    public DateTimeOffset? EffectiveDate { get; init; }
    /// <summary>The rule judges CRLs (RFC 5280 section 5), not certificates; <see cref="AppliesTo"/> then has no meaning.</summary>
    public bool ForCrls { get; init; }
    /// <summary>Chain rules need the issuer (a chain file, --chain or --ca).</summary>
    public bool NeedsIssuer { get; init; }
    public string HelpUri => $"https://github.com/certlint/certlint/blob/main/rules/RULES.md#{Id.Replace('.', '-')}";
}
