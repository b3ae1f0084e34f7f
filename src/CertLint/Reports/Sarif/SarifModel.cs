using System.Text.Json.Serialization;

namespace CertLint.Reports.Sarif;

// The subset of SARIF 2.1.0 CertLint writes (validated in tests against fixtures/sarif/sarif-schema-2.1.0.json).

public sealed record SarifMessage(string Text, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Markdown = null);

public sealed record SarifConfiguration(string Level);

public sealed record SarifRuleProperties(
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("precision")] string Precision,
    [property: JsonPropertyName("citation")] string Citation);

public sealed record SarifRule(
    string Id,
    string Name,
    SarifMessage ShortDescription,
    SarifMessage FullDescription,
    SarifMessage Help,
    string HelpUri,
    SarifConfiguration DefaultConfiguration,
    SarifRuleProperties Properties);

public sealed record SarifDriver(string Name, string Version, string InformationUri, IReadOnlyList<SarifRule> Rules);

public sealed record SarifTool(SarifDriver Driver);

public sealed record SarifArtifactLocation(string Uri);

public sealed record SarifRegion(int StartLine);

public sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion Region);

public sealed record SarifLogicalLocation(string Name, string FullyQualifiedName, string Kind);

public sealed record SarifLocation(SarifPhysicalLocation PhysicalLocation, IReadOnlyList<SarifLogicalLocation> LogicalLocations);

public sealed record SarifSuppression(string Kind, string Justification);

public sealed record SarifResultProperties(
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("certificateIndex"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? CertificateIndex,
    [property: JsonPropertyName("subject")] string? Subject,
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("offset")] int? Offset,
    // A finding on a CRL: its index among the file's CRLs and its issuer (certificateIndex is then absent).
    [property: JsonPropertyName("crlIndex"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? CrlIndex = null,
    [property: JsonPropertyName("crlIssuer"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CrlIssuer = null);

public sealed record SarifResult(
    string RuleId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? RuleIndex,
    string Level,
    SarifMessage Message,
    IReadOnlyList<SarifLocation> Locations,
    IReadOnlyDictionary<string, string> PartialFingerprints,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SarifSuppression>? Suppressions,
    SarifResultProperties Properties);

public sealed record SarifNotification(string Level, SarifMessage Message, IReadOnlyList<SarifLocation> Locations);

public sealed record SarifInvocation(bool ExecutionSuccessful, IReadOnlyList<SarifNotification> ToolExecutionNotifications);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SarifTool))]
[JsonSerializable(typeof(SarifResult))]
[JsonSerializable(typeof(List<SarifInvocation>))]
public sealed partial class SarifJsonContext : JsonSerializerContext;
