using System.Text.Json.Serialization;

namespace CertLint.Reports.Json;

// The JSON report schema (version 1), documented in README.md "JSON report". Field names are a promise.

public sealed record JsonTool(string Name, string Version);

public sealed record JsonFinding(
    string Rule,
    string Severity,
    string Message,
    string? Path,
    int? Offset,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Justification = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Target = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Code = null,
    [property: JsonPropertyName("verify_flags"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? VerifyFlags = null);

public sealed record JsonCertificate(
    int Index,
    int Object,
    string? Subject,
    string? Issuer,
    string Sha256,
    string Role,
    int Line,
    int Offset,
    string? IssuerSha256,
    IReadOnlyList<JsonFinding> Findings,
    IReadOnlyList<JsonFinding> Suppressed,
    // With --target: the same per-target array as predict's "stacks" (its snake_case fields), and whether the
    // leaf was verified ("ok", "failed: mbedtls-3.6 ...", "not run (no --ca)").
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] System.Text.Json.JsonElement? Stacks = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Verify = null);

/// <param name="NotKept">On an input's last error only, when it had more than 1,000: how many errors were counted, not kept.</param>
public sealed record JsonInputError(string Message, long? Offset,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int NotKept = 0);

/// <summary>A CRL of the file (only files that hold CRLs have the <c>crls</c> array).</summary>
public sealed record JsonCrl(
    int Index,
    int Object,
    string? Issuer,
    string Sha256,
    string? ThisUpdate,
    string? NextUpdate,
    string? CrlNumber,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DeltaBase,
    int Revoked,
    int Line,
    int Offset,
    string? IssuerSha256,
    IReadOnlyList<JsonFinding> Findings,
    IReadOnlyList<JsonFinding> Suppressed);

public sealed record JsonSeverityCounts(int Error, int Warning, int Notice, int Info);

/// <summary>KeyFiles: files of a directory walk that hold only keys or keystores (counted, not linted or listed).</summary>
/// <summary>Crls: CRLs linted (findings on CRLs are counted in findings and bySeverity).</summary>
public sealed record JsonSummary(int Files, int FilesWithErrors, int Certificates, int Findings, JsonSeverityCounts BySeverity, int Suppressed, int KeyFiles, int Crls);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JsonTool))]
[JsonSerializable(typeof(JsonCertificate))]
[JsonSerializable(typeof(IReadOnlyList<JsonInputError>))]
[JsonSerializable(typeof(IReadOnlyList<JsonCrl>))]
[JsonSerializable(typeof(JsonSummary))]
[JsonSerializable(typeof(List<string>))]
public sealed partial class ReportJsonContext : JsonSerializerContext;
