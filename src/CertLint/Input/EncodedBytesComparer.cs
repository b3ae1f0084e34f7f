namespace CertLint.Input;

/// <summary>Compares encodings by content (the bytes), for finding repeated objects in one input.</summary>
public sealed class EncodedBytesComparer : IEqualityComparer<ReadOnlyMemory<byte>>
{
    public static EncodedBytesComparer Instance { get; } = new();

    public bool Equals(ReadOnlyMemory<byte> x, ReadOnlyMemory<byte> y) => x.Span.SequenceEqual(y.Span);

    public int GetHashCode(ReadOnlyMemory<byte> obj)
    {
        var hash = new HashCode();
        hash.AddBytes(obj.Span);
        return hash.ToHashCode();
    }
}
