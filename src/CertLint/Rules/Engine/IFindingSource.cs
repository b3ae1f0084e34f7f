using CertLint.X509;

namespace CertLint.Rules.Engine;

/// <summary>
/// Something other than an <see cref="IRule"/> that produces findings and may look at a whole input at once (for
/// example a TLS stack model that walks the chain). The engine applies the profile (exclusions, severity
/// overrides, parameters) and the baseline to its findings exactly as to rule findings.
/// </summary>
public interface IFindingSource
{
    /// <summary>Every rule ID this source can report, so reports, profiles and `rules list` know them.</summary>
    IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>
    /// Starts judging one input. The engine then asks the returned judge about each certificate of
    /// <see cref="FindingSourceContext.Certificates"/> once, in order, and makes that certificate's report right after:
    /// what a source needs across certificates it keeps itself, and nothing else of the input is held meanwhile.
    /// </summary>
    ICertificateJudge Begin(FindingSourceContext context);
}

/// <summary>One finding source's judgement of one input, a certificate at a time.</summary>
public interface ICertificateJudge
{
    /// <summary>
    /// The findings on certificate <c>index</c> of <see cref="FindingSourceContext.Certificates"/>; its named results
    /// go to <see cref="FindingSourceContext.Attach"/> during the call.
    /// </summary>
    IEnumerable<Finding> Judge(int index);
}

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
    /// as JSON text, "verify" as a line). Only while that certificate is being judged: its report is made next.
    /// </summary>
    public Action<int, string, string> Attach { get; init; } = (_, _, _) => { };
}
