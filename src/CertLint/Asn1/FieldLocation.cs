namespace CertLint.Asn1;

/// <summary>
/// Where a field sits: a readable path such as <c>tbsCertificate.extensions[2].extnValue</c> and the byte range of
/// its whole TLV, relative to the start of the object's encoding (for a certificate, its first byte).
/// </summary>
public readonly record struct FieldLocation(string Path, int Offset, int Length)
{
    /// <summary>Pooled: every certificate of a bundle has the same paths (see <see cref="StringPool"/>).</summary>
    public string Path { get; init; } = StringPool.Fields.Intern(Path);

    public override string ToString() => $"{Path} @{Offset}+{Length}";
}
