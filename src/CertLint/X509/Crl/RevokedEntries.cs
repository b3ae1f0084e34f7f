using System.Collections;
using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>
/// A CRL's revokedCertificates, held as the offset of each entry and read again on access. A CRL within the input
/// limit holds up to some 1.8 million entries; decoded and held, each cost about 2 KB (its field paths, date, serial
/// and extensions), and a 43 MB CRL took 2-6 GB. An entry read here is a fresh object that lives while it is used.
/// The decoder read every entry once already (its diagnostics are the CRL's), so reading one again cannot fail.
/// </summary>
internal sealed class RevokedEntries(ReadOnlyMemory<byte> buffer, List<int> offsets, int listEnd, int listDepth) : IReadOnlyList<RevokedCertificate>
{
    public static readonly RevokedEntries None = new(ReadOnlyMemory<byte>.Empty, [], 0, 0);

    public int Count => offsets.Count;

    public RevokedCertificate this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, offsets.Count);
            var end = index + 1 < offsets.Count ? offsets[index + 1] : listEnd;
            return RevokedCertificate.Read(AsnCursor.Resume(buffer, offsets[index], end, CrlDecoder.RevokedPath, [], listDepth, ElementBudget.Unlimited), index);
        }
    }

    public IEnumerator<RevokedCertificate> GetEnumerator()
    {
        for (var i = 0; i < offsets.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
