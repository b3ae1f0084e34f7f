namespace CertLint.Rules.Engine.Profiles;

/// <summary>
/// The effective configuration after <c>extends</c> and every --profile are applied: which rules run, at what
/// severity, with which parameters.
/// </summary>
public sealed class ResolvedProfile
{
    public required IReadOnlyList<string> Names { get; init; }
    /// <summary>Rule IDs that run (pack rules and decoder diagnostics; finding sources run when added).</summary>
    public required IReadOnlySet<string> Enabled { get; init; }
    /// <summary>IDs excluded explicitly; they also silence finding sources.</summary>
    public required IReadOnlySet<string> Excluded { get; init; }
    public required IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Parameters { get; init; }

    private static readonly IReadOnlyDictionary<string, string> NoParameters = new Dictionary<string, string>();

    public bool IsEnabled(string ruleId) => Enabled.Contains(ruleId);

    public Severity SeverityOf(string ruleId, Severity reported) =>
        SeverityOverrides.TryGetValue(ruleId, out var severity) ? severity : reported;

    public IReadOnlyDictionary<string, string> ParametersOf(string ruleId) =>
        Parameters.TryGetValue(ruleId, out var values) ? values : NoParameters;
}
