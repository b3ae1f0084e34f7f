using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace CertLint.Asn1;

/// <summary>
/// Field paths built from a parent path and a suffix (<c>tbsCertificate</c> + <c>.issuer</c>) or an index
/// (<c>...extensions</c> + <c>[3]</c>), each made once and then found by the parent's reference: every certificate of
/// a bundle builds the same few dozen paths, and concatenating them anew was a fifth of what decoding allocated.
/// The paths are pooled (<see cref="StringPool.Fields"/>), so a path made here is the parent of the next one. Bounded
/// like the pool: past its capacity a path is still made and pooled, just not remembered.
/// </summary>
internal static class FieldPaths
{
    private const int Capacity = 16_384;
    private static readonly ConcurrentDictionary<Key, string> Made = new();
    private static int _count;

    public static string Child(string parent, string suffix) => Get(new Key(parent, suffix, 0));

    public static string Item(string parent, int index) => Get(new Key(parent, null, index));

    private static string Get(Key key)
    {
        if (Made.TryGetValue(key, out var path))
        {
            return path;
        }
        path = key.Suffix is null ? $"{key.Parent}[{key.Index}]" : key.Parent + key.Suffix;
        if (Volatile.Read(ref _count) >= Capacity)
        {
            // Past the capacity, new paths are one-offs (the millionth CRL entry's): looking each up in the pool as
            // well was a quarter of linting a large CRL.
            return path;
        }
        path = StringPool.Fields.Intern(path);
        if (Made.TryAdd(key, path))
        {
            Interlocked.Increment(ref _count);
        }
        return path;
    }

    /// <summary>A parent and a suffix by reference (both are pooled or literals), or a parent and an index.</summary>
    private readonly record struct Key(string Parent, string? Suffix, int Index)
    {
        public bool Equals(Key other) => ReferenceEquals(Parent, other.Parent) && ReferenceEquals(Suffix, other.Suffix) && Index == other.Index;

        public override int GetHashCode() =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(Parent), Suffix is null ? Index : RuntimeHelpers.GetHashCode(Suffix));
    }
}
