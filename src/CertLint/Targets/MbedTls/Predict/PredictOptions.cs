namespace CertLint.Targets.MbedTls.Predict;

/// <summary>What to predict: the builds, and optionally verification and TLS usage.</summary>
public sealed class PredictOptions
{
    public required IReadOnlyList<MbedTlsConfig> Builds { get; init; }
    public string Profile { get; init; } = "default";
    public DateTimeOffset Now { get; init; }
    /// <summary>Trusted CA files (raw bytes by name); verification runs when at least one is given.</summary>
    public IReadOnlyList<(string Name, byte[] Bytes)> Cas { get; init; } = [];
    /// <summary>Extra chain certificates (raw bytes by name), appended after the file's own certificates.</summary>
    public IReadOnlyList<(string Name, byte[] Bytes)> Chain { get; init; } = [];
    public string? Suite { get; init; }
    public string Role { get; init; } = "server";
    public IReadOnlyList<string>? Groups { get; init; }
}

/// <summary>One certificate CertLint's decoder found: its encoding, where it is, and its subject as the decoder reads it.</summary>
public sealed record PredictInputCertificate(byte[] Der, int Offset, int? PemBlock, string? Subject);

/// <summary>One input: its name, raw bytes (what Mbed TLS gets) and the certificates CertLint's decoder found in it.</summary>
public sealed record PredictInput(string Name, byte[] Bytes, IReadOnlyList<PredictInputCertificate> Certificates);
