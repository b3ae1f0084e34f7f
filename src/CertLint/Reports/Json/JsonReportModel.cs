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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Justification = null);

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
    IReadOnlyList<JsonFinding> Suppressed);

public sealed record JsonInputError(string Message, long? Offset);

public sealed record JsonFile(string File, string Encoding, IReadOnlyList<JsonInputError> Errors, IReadOnlyList<JsonCertificate> Certificates);

public sealed record JsonSeverityCounts(int Error, int Warning, int Notice, int Info);

public sealed record JsonSummary(int Files, int FilesWithErrors, int Certificates, int Findings, JsonSeverityCounts BySeverity, int Suppressed);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JsonTool))]
[JsonSerializable(typeof(JsonFile))]
[JsonSerializable(typeof(JsonSummary))]
[JsonSerializable(typeof(List<string>))]
public sealed partial class ReportJsonContext : JsonSerializerContext;
