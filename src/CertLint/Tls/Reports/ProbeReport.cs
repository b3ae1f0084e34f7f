using System.Text.Json;
using System.Text.Json.Serialization;

namespace CertLint.Tls.Reports;

/// <summary>The JSON document `certlint probe --format json` prints (schema: src/CertLint.Cli/README.md, "certlint probe").</summary>
public sealed class ProbeReport
{
    public required string Target { get; init; }
    /// <summary>The Mbed TLS release whose ClientHello was sent (--as), or null.</summary>
    public string? As { get; init; }
    public required List<ProbeAttemptJson> Attempts { get; init; }
    public ProbeCauseJson? Cause { get; init; }
    public ProbeHandshakeJson? Handshake { get; init; }

    /// <summary>The document as `--format json` prints it (indented, snake_case).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ProbeJsonContext.Default.ProbeReport);

    /// <summary>The first offer got a full handshake (the probe's exit code 0).</summary>
    public bool Answered() => Attempts[0].Outcome == "ok";
}

public sealed class ProbeAttemptJson
{
    public required ProbeOfferJson Offer { get; init; }
    /// <summary>ok, alert, eof, reset, timeout or connect-failed.</summary>
    public required string Outcome { get; init; }
    public required long BytesReceived { get; init; }
    public ProbeAlertJson? Alert { get; init; }
    /// <summary>The last handshake message exchanged before the end ("ClientHello": the server said nothing).</summary>
    public string? After { get; init; }
    public string? Detail { get; init; }
    public double Milliseconds { get; init; }
    public required List<string> Messages { get; init; }
}

public sealed class ProbeOfferJson
{
    /// <summary>What this attempt changed against the first one; null for the first.</summary>
    public string? Change { get; init; }
    public required List<string> Versions { get; init; }
    public required List<string> Suites { get; init; }
    public required List<string> Groups { get; init; }
    public required List<string> SignatureAlgorithms { get; init; }
    /// <summary>The extensions as sent on the wire, in order ("max_fragment_length=512").</summary>
    public required List<string> Extensions { get; init; }
    public string? Sni { get; init; }
    /// <summary>Size of the ClientHello handshake message as sent (4-byte header included, record header not).</summary>
    public int HelloBytes { get; init; }
}

public sealed class ProbeAlertJson
{
    public required string Name { get; init; }
    public required int Code { get; init; }
    /// <summary>"server" (received) or "client" (the probe's TLS engine gave up).</summary>
    public required string SentBy { get; init; }
    public string? After { get; init; }
}

public sealed class ProbeCauseJson
{
    /// <summary>extension, size, group, suite or version.</summary>
    public required string Kind { get; init; }
    public required string Name { get; init; }
    public required string Text { get; init; }
}

public sealed class ProbeHandshakeJson
{
    public required string Version { get; init; }
    public required string Suite { get; init; }
    public string? Group { get; init; }
    public required List<ProbeChainCertificateJson> Chain { get; init; }
}

public sealed class ProbeChainCertificateJson
{
    public required string Subject { get; init; }
    public required string Issuer { get; init; }
    /// <summary>Per Mbed TLS build (the --as release, or every release's default): "0" or "-0x2562 X509 - ..." from
    /// mbedtls_x509_crt_parse_der as CertLint models it.</summary>
    public required Dictionary<string, string> Mbedtls { get; init; }
    /// <summary>Whether it is signed by the next certificate or a --ca certificate (null: no issuer to check with).</summary>
    public bool? SignatureVerified { get; init; }
    public string? Sha256 { get; init; }
    /// <summary>leaf, intermediate, root, or unknown (does not decode), as lint reports it.</summary>
    public string? Role { get; init; }
    /// <summary>What `lint --target` finds: RFC rules of the default profile and mbedtls.* verdicts (parse, verify
    /// against --ca, usage for the negotiated suite with --as).</summary>
    public List<ProbeFindingJson> Findings { get; init; } = [];
    /// <summary>The per-build Mbed TLS verdicts, the same array as predict's and lint's "stacks".</summary>
    public System.Text.Json.JsonElement? Stacks { get; init; }
    /// <summary>For the leaf: "mbedtls-3.6 ok", "mbedtls-3.6 failed (-0x2700, flags 0x00000001)" or "not run (no --ca)".</summary>
    public string? Verify { get; init; }
}

public sealed class ProbeFindingJson
{
    public required string Rule { get; init; }
    public required string Severity { get; init; }
    public required string Message { get; init; }
    public string? Path { get; init; }
    public int? Offset { get; init; }
    /// <summary>The Mbed TLS build of an mbedtls.* finding, its error code and verify flags.</summary>
    public string? Target { get; init; }
    public string? Code { get; init; }
    public string? VerifyFlags { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ProbeReport))]
public sealed partial class ProbeJsonContext : JsonSerializerContext;
