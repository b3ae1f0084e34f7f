using CertLint.Rules.Engine.Baselines;
using CertLint.Rules.Engine.Profiles;
using CertLint.X509;

namespace CertLint.Rules.Engine;

/// <summary>Everything a lint run needs besides the inputs; built once, shared by every file (read-only).</summary>
public sealed class LintConfiguration
{
    public required RuleCatalog Catalog { get; init; }
    public required ResolvedProfile Profile { get; init; }
    public required TimeProvider Clock { get; init; }
    /// <summary>Extra issuers (--chain): used to find issuers, not linted themselves.</summary>
    public IReadOnlyList<Certificate> ChainCertificates { get; init; } = [];
    /// <summary>Trust anchors (--ca): issuers and <see cref="RuleContext.TrustAnchors"/>.</summary>
    public IReadOnlyList<Certificate> TrustAnchors { get; init; } = [];
    public Baseline? Baseline { get; init; }
}
