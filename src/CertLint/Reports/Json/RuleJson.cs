using System.Text.Json.Serialization;

namespace CertLint.Reports.Json;

/// <summary>One rule in `certlint rules list --format json` (schema documented in README.md "Rules JSON").</summary>
public sealed record RuleJson(
    string Id,
    string Title,
    string Severity,
    string Source,
    string Citation,
    IReadOnlyList<string> AppliesTo,
    bool NeedsIssuer,
    string? EffectiveDate,
    IReadOnlyList<string> Profiles,
    string Description,
    string Rationale,
    string Fix,
    string Example,
    string HelpUri);

public sealed record RulesJson(int Version, IReadOnlyList<RuleJson> Rules);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RulesJson))]
public sealed partial class RulesJsonContext : JsonSerializerContext;
