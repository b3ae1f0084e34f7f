using System.Text.Json;
using System.Text.Json.Serialization;

namespace CertLint.Tls.Reports;

/// <summary>The JSON document `certlint tls-check --format json` prints (schema in README, "TLS compatibility").</summary>
public sealed class TlsCheckReport
{
    public required string Certificate { get; init; }
    public required string Subject { get; init; }
    public required string Key { get; init; }
    public required string Role { get; init; }
    public required bool Compatible { get; init; }
    public required List<SuiteVerdictJson> Verdicts { get; init; }

    /// <summary>The document as `--format json` prints it (indented, snake_case).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, TlsCheckJsonContext.Default.TlsCheckReport);
}

public sealed class SuiteVerdictJson
{
    public required string Suite { get; init; }
    public required string Code { get; init; }
    public string? Mbedtls { get; init; }
    public string? Openssl { get; init; }
    public required string KeyExchange { get; init; }
    public required string Role { get; init; }
    public required string Target { get; init; }
    public required bool Compatible { get; init; }
    public required List<ReasonJson> Reasons { get; init; }
    public required List<string> Notes { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HandshakeJson? Handshake { get; init; }
}

public sealed class ReasonJson
{
    public required string Rule { get; init; }
    public required string Message { get; init; }
    /// <summary>The side that would refuse ("server" / "client") and the alert it sends ("" when no handshake can start).</summary>
    public required string RaisedBy { get; init; }
    public required string Alert { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TargetError { get; init; }
}

public sealed class HandshakeJson
{
    public required string Peer { get; init; }
    public required bool Ok { get; init; }
    public string? Alert { get; init; }
    public string? RaisedBy { get; init; }
    public string? Detail { get; init; }
    public string? Version { get; init; }
    public double Milliseconds { get; init; }
    public string? NotRun { get; init; }
    /// <summary>Whether the handshake ended as the static check predicted (same outcome, alert and side); null when not run.</summary>
    public bool? AgreesWithStatic { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(TlsCheckReport))]
public sealed partial class TlsCheckJsonContext : JsonSerializerContext;
