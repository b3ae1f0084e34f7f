using System.Text.Json.Serialization;

namespace CertLint.Inspect;

/// <summary>Source-generated JSON for `show` (no reflection, Native-AOT safe).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ShowDocument))]
public sealed partial class ShowJsonContext : JsonSerializerContext;
