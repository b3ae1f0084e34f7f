namespace CertLint.Asn1;

public enum DiagnosticLevel
{
    /// <summary>The value decoded only under BER (or lenient) rules; DER requires otherwise.</summary>
    DerViolation,
    /// <summary>The structure could not be decoded past this point.</summary>
    Error,
}

/// <summary>
/// Something the decoder noticed, with the field path and byte offset, and what it expected and found, so a
/// report can say exactly where and why. Codes are stable identifiers (e.g. <c>der.indefinite-length</c>).
/// </summary>
public sealed record DecodeDiagnostic(
    DiagnosticLevel Level,
    string Code,
    string Path,
    int Offset,
    string Message,
    string? Expected = null,
    string? Found = null)
{
    public override string ToString()
    {
        var detail = Expected is null ? "" : $" (expected {Expected}, found {Found ?? "nothing"})";
        return $"{Path} at byte {Offset}: {Message}{detail}";
    }
}

/// <summary>Thrown inside the decoders and turned into a <see cref="DecodeDiagnostic"/> at a recovery point.</summary>
public sealed class Asn1DecodeException(string path, int offset, string message, string? expected = null, string? found = null)
    : Exception(message)
{
    public string Path { get; } = path;
    public int Offset { get; } = offset;
    public string? Expected { get; } = expected;
    public string? Found { get; } = found;

    public DecodeDiagnostic ToDiagnostic(string code = "asn1.decode") =>
        new(DiagnosticLevel.Error, code, Path, Offset, Message, Expected, Found);
}
