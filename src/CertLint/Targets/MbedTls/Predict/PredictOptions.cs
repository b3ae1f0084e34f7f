using CertLint.Asn1;
using CertLint.Input;

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
public sealed record PredictInput(string Name, byte[] Bytes, IReadOnlyList<PredictInputCertificate> Certificates)
{
    /// <summary>
    /// What Mbed TLS gets from a file: the raw bytes of every object found, whatever CertLint's decoder makes of them
    /// (a certificate it cannot decode, an unrecognised DER object), and the whole file when nothing is found.
    /// A file without any certificate is also an input error in <paramref name="errors"/>.
    /// </summary>
    /// Null when an object holds more elements than CertLint reads (<see cref="OverElementLimit"/>).
    public static PredictInput? Read(string name, byte[] bytes, List<InputError> errors)
    {
        var decoded = InputDecoder.Decode(name, bytes, InputOptions.OnDemand);
        if (OverElementLimit(decoded) is { } refused)
        {
            errors.Add(refused);
            return null;
        }
        // Repeated certificates share their bytes and name, so a bundle of one certificate 160,000 times stays small.
        var seen = new Dictionary<ReadOnlyMemory<byte>, (byte[] Der, string? Subject)>(EncodedBytesComparer.Instance);
        var certs = new List<PredictInputCertificate>();
        foreach (var o in decoded.Objects.Where(o => o.Kind is ObjectKind.Certificate or ObjectKind.Unknown))
        {
            if (!seen.TryGetValue(o.Encoded, out var shared))
            {
                shared = (o.Encoded.ToArray(), o.Certificate?.Subject.ToString());
                seen.Add(o.Encoded, shared);
            }
            certs.Add(new PredictInputCertificate(shared.Der, o.Origin.FileOffset, o.Origin.PemBlockIndex, shared.Subject));
        }
        if (bytes.Length > 0 && !decoded.Objects.Any(o => o.Kind == ObjectKind.Certificate))
        {
            errors.Add(new InputError(name, decoded.Errors.FirstOrDefault()?.Message ?? "no certificate found", decoded.Errors.FirstOrDefault()?.Offset));
        }
        else if (decoded.Errors.FirstOrDefault(InputLimits.StoppedReading) is { } stopped)
        {
            errors.Add(stopped);
        }
        if (certs.Count == 0)
        {
            certs.Add(new PredictInputCertificate(bytes, 0, null, null));
        }
        return new PredictInput(name, bytes, certs);
    }

    /// <summary>
    /// Refuses a file (an input, a --ca or --chain file) with an object past <see cref="ElementBudget.PerObject"/>
    /// elements, as an input error. Mbed TLS would parse it, but its emulation would model every element (1.8 million
    /// RDNs took 27 s and 3.1 GB), and judging only part of it would be a false verdict.
    /// </summary>
    public static InputError? OverElementLimit(string name, byte[] bytes) => OverElementLimit(InputDecoder.Decode(name, bytes, InputOptions.OnDemand));

    private static InputError? OverElementLimit(InputResult decoded)
    {
        for (var i = 0; i < decoded.Objects.Count; i++)
        {
            var o = decoded.Objects[i];
            if (o.Diagnostics.Any(d => d.Code == ElementLimitException.Code))
            {
                var error = decoded.Errors.FirstOrDefault(e => e.ObjectIndex == i);
                return new InputError(decoded.File, $"{error?.Message ?? "an object holds too many elements"}; the input is not judged", error?.Offset ?? o.Origin.FileOffset, i);
            }
        }
        return null;
    }
}
