using System.Collections;
using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>
/// A CRL's revokedCertificates, held as the offset of each entry and read again on access. A CRL within the input
/// limit holds up to some 1.8 million entries; decoded and held, each cost about 2 KB (its field paths, date, serial
/// and extensions), and a 43 MB CRL took 2-6 GB. Unless the list holds its entries (<see cref="EntriesHeld"/>), an
/// entry read here is a fresh object that lives while it is used.
/// The decoder read every entry once already (its diagnostics are the CRL's), so reading one again cannot fail.
/// </summary>
/// <param name="hold">Keep each entry once read (see <see cref="EntriesHeld"/>).</param>
internal sealed class RevokedEntries(ReadOnlyMemory<byte> buffer, List<int> offsets, int listEnd, int listDepth, bool hold) : IReadOnlyList<RevokedCertificate>
{
    /// <summary>
    /// How many entries may be kept once read, per input (<c>Input/InputDecoder</c>) or per CRL decoded alone: each
    /// CRL rule walks all the entries, and reading them again for every rule made lint of a CRL about twice as slow.
    /// A held entry costs about 1.7 KB once the rules have read it, so the budget is some 80 MB; it is one budget for
    /// the whole input, because every CRL of an input stays decoded until the input is done (34 CRLs of 50,000
    /// entries each, held per CRL, took 2.1-2.8 GB).
    /// </summary>
    public const int EntriesHeld = 50_000;

    public static readonly RevokedEntries None = new(ReadOnlyMemory<byte>.Empty, [], 0, 0, false);

    private readonly RevokedCertificate?[]? _held = hold ? new RevokedCertificate?[offsets.Count] : null;

    /// <summary>How many entries this list keeps once read: all of them, or none.</summary>
    public int Held => _held?.Length ?? 0;

    public int Count => offsets.Count;

    public RevokedCertificate this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, offsets.Count);
            if (_held?[index] is { } held)
            {
                return held;
            }
            var end = index + 1 < offsets.Count ? offsets[index + 1] : listEnd;
            var entry = RevokedCertificate.Read(AsnCursor.Resume(buffer, offsets[index], end, CrlDecoder.RevokedPath, [], listDepth, ElementBudget.Unlimited), index);
            if (_held is not null)
            {
                _held[index] = entry;
            }
            return entry;
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
