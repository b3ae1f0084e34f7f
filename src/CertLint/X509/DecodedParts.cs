using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>
/// Decoded parts (algorithm identifiers, names, times, keys, extensions) shared by the certificates of one input whose
/// bytes at that field are the same, at the same offset: the decoded part, its field locations included, is then the
/// same too, and it is immutable. A bundle of devices under one CA repeats its issuer name, algorithms and most
/// extensions in every leaf; 335,534 200-byte certificates held 1.1 GB of decoded models, half of them such copies.
/// <para>
/// Only a part that decoded without any diagnostic is shared, so a later certificate with the same bytes gets the same
/// (empty) diagnostics it would have got from decoding them. Bounded: each field keeps at most
/// <see cref="PerField"/> parts and starts afresh when full, so fields that differ in every certificate (subjects,
/// keys) cost a bounded table, not one entry per certificate. One instance per input; not thread-safe.
/// </para>
/// </summary>
internal sealed class DecodedParts
{
    public const int PerField = 1024;

    private readonly Dictionary<string, Dictionary<(int Offset, ReadOnlyMemory<byte> Encoded), object>> _byField = new(StringComparer.Ordinal);

    /// <summary>The most parts one field keeps now (at most <see cref="PerField"/>).</summary>
    public int LargestField => _byField.Count == 0 ? 0 : _byField.Values.Max(parts => parts.Count);

    /// <summary>
    /// The part at <paramref name="path"/>: an earlier certificate's when the next element's bytes and offset equal
    /// those of a part shared before (the cursor then moves past it), else what <paramref name="read"/> decodes.
    /// </summary>
    public T Share<T>(AsnCursor cursor, string path, Func<AsnCursor, string, T> read) where T : class =>
        Share(cursor, path, read, static (cursor, path, read) => read(cursor, path));

    /// <summary>
    /// <see cref="Share{T}(AsnCursor, string, Func{AsnCursor, string, T})"/> with what the reader needs passed in, so a
    /// reader of every extension of every certificate is not a new closure each time.
    /// </summary>
    public T Share<T, TState>(AsnCursor cursor, string path, TState state, Func<AsnCursor, string, TState, T> read) where T : class
    {
        if (!cursor.TryPeekDer(out var tlv))
        {
            return read(cursor, path, state);
        }
        var key = (tlv.Offset, cursor.Encoded(tlv));
        if (!_byField.TryGetValue(path, out var parts))
        {
            _byField[path] = parts = new Dictionary<(int, ReadOnlyMemory<byte>), object>(PartKeyComparer.Instance);
        }
        if (parts.TryGetValue(key, out var shared) && shared is T same)
        {
            cursor.Read(path);
            return same;
        }
        var diagnosticsBefore = cursor.Diagnostics.Count;
        var part = read(cursor, path, state);
        if (cursor.Diagnostics.Count == diagnosticsBefore && cursor.Position == tlv.End)
        {
            if (parts.Count >= PerField)
            {
                parts.Clear();
            }
            parts[key] = part;
        }
        return part;
    }

    private sealed class PartKeyComparer : IEqualityComparer<(int Offset, ReadOnlyMemory<byte> Encoded)>
    {
        public static PartKeyComparer Instance { get; } = new();

        public bool Equals((int Offset, ReadOnlyMemory<byte> Encoded) x, (int Offset, ReadOnlyMemory<byte> Encoded) y) =>
            x.Offset == y.Offset && x.Encoded.Span.SequenceEqual(y.Encoded.Span);

        public int GetHashCode((int Offset, ReadOnlyMemory<byte> Encoded) key)
        {
            var hash = new HashCode();
            hash.Add(key.Offset);
            hash.AddBytes(key.Encoded.Span);
            return hash.ToHashCode();
        }
    }
}
