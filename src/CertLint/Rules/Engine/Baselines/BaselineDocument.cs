using System.Text.Json.Serialization;

namespace CertLint.Rules.Engine.Baselines;

/// <summary>
/// The baseline file (JSON, documented in README.md "Baseline format"): findings a pipeline has accepted, each
/// by rule ID, certificate sha256, target and field path, with a justification and an optional expiry after which it counts again.
/// </summary>
public sealed class BaselineDocument
{
    public int Version { get; set; } = 1;
    public List<BaselineEntry> Entries { get; set; } = [];
}

public sealed class BaselineEntry
{
    public string Rule { get; set; } = "";
    public string Sha256 { get; set; } = "";
    /// <summary>The TLS stack target of the finding (mbedtls-3.6); absent for target-independent rules.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Target { get; set; }
    /// <summary>The finding's field path in the certificate; absent: any path (baselines from before paths were keyed).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Path { get; set; }
    /// <summary>Informational: where the certificate was when the baseline was written.</summary>
    public string? Subject { get; set; }
    public string? File { get; set; }
    public string Justification { get; set; } = "";
    /// <summary>Date (yyyy-MM-dd, end of that day UTC) or date-time; from then on the finding counts again.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Expires { get; set; }
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(BaselineDocument))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
