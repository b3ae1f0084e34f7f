using CertLint.X509;

namespace CertLint.Rules.Engine;

/// <summary>
/// Something other than an <see cref="IRule"/> that produces findings, looking at a whole input at once (for
/// example a TLS stack model that walks the chain). The engine applies the profile (exclusions, severity
/// overrides, parameters) and the baseline to its findings exactly as to rule findings.
/// </summary>
public interface IFindingSource
{
    /// <summary>Every rule ID this source can report, so reports, profiles and `rules list` know them.</summary>
    IReadOnlyList<RuleDescriptor> Descriptors { get; }

    IEnumerable<SourceFinding> Check(FindingSourceContext context);
}

/// <summary>A finding about one certificate of the input: <see cref="Certificate"/> indexes <see cref="FindingSourceContext.Certificates"/>.</summary>
public sealed record SourceFinding(int Certificate, Finding Finding);

/// <summary>What a finding source sees: every decoded certificate of one input with its role, issuer and chain.</summary>
public sealed class FindingSourceContext
{
    public required string File { get; init; }
    public required IReadOnlyList<RuleContext> Certificates { get; init; }
    public required TimeProvider Clock { get; init; }
    /// <summary>The profile's parameters for a rule ID (empty when none).</summary>
    public required Func<string, IReadOnlyDictionary<string, string>> Parameters { get; init; }
    /// <summary>Extra issuer certificates of the run (--chain), after the input's own.</summary>
    public IReadOnlyList<Certificate> ChainCertificates { get; init; } = [];
    /// <summary>Trust anchors of the run (--ca).</summary>
    public IReadOnlyList<Certificate> TrustAnchors { get; init; } = [];
    /// <summary>
    /// Attaches a named result to certificate <c>index</c> of <see cref="Certificates"/> (reports show it: "stacks"
    /// as JSON text, "verify" as a line). Thread-safe only per input, which is how the engine calls sources.
    /// </summary>
    public Action<int, string, string> Attach { get; init; } = (_, _, _) => { };
}
