namespace CertLint.Input;

/// <summary>
/// Where an object came from. <see cref="FileOffset"/>/<see cref="FileLength"/> are bytes of the file (for PEM, the
/// whole BEGIN..END block; for UTF-16 input, too, offsets are bytes of the file, BOM included). Objects inside a
/// container (PKCS#7, a PEM block, base64) also carry <see cref="InnerOffset"/>/<see cref="InnerLength"/>: bytes
/// within the decoded container.
/// </summary>
public sealed record Origin(
    string File,
    string Encoding,
    int FileOffset,
    int FileLength,
    int? PemBlockIndex = null,
    string? PemLabel = null,
    int? LineStart = null,
    int? LineEnd = null,
    string? Container = null,
    int? IndexInContainer = null,
    int? InnerOffset = null,
    int? InnerLength = null)
{
    /// <summary>1-based line where the object starts in the file (1 for binary input).</summary>
    public int Line => LineStart ?? 1;

    public override string ToString()
    {
        var parts = new List<string> { $"{File}", Encoding };
        if (PemBlockIndex is { } block)
        {
            parts.Add($"PEM block {block} '{PemLabel}' lines {LineStart}-{LineEnd}");
        }
        parts.Add($"bytes {FileOffset}-{FileOffset + FileLength - 1}");
        if (Container is not null)
        {
            parts.Add($"{Container} item {IndexInContainer} at {InnerOffset}+{InnerLength}");
        }
        return string.Join(", ", parts);
    }
}
