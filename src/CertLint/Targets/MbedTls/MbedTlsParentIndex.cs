namespace CertLint.Targets.MbedTls;

/// <summary>
/// The positions of the certificates of a long chain that can sign (<see cref="MbedTlsVerifier.CanSign"/>), by
/// subject, so that verifying each leaf of a fleet file looks only at the parents its issuer names instead of the
/// whole file (4,000 leaves took 10 s). Positions are the certificates' places in the chain, and the certificate at
/// a position is read when a search reaches it (<c>load</c>), so the index holds no certificate itself.
/// <see cref="For"/> gives one leaf's chain.
/// </summary>
public sealed class MbedTlsParentIndex(Func<int, MbedTlsCertificate> load)
{
    // Keyed by the hash of the search key: two subjects that share a hash share a list, and the verifier's own name
    // comparison tells them apart (a chain may show more candidates, never fewer).
    private readonly Dictionary<int, List<int>> _bySubject = [];
    private int _last = -1;

    /// <summary>Adds a certificate at a position after every one added before; one that cannot sign is left out.</summary>
    public void Add(MbedTlsCertificate certificate, int position)
    {
        if (position <= _last)
        {
            throw new ArgumentOutOfRangeException(nameof(position), $"positions must rise: {position} after {_last}");
        }
        _last = position;
        if (!MbedTlsVerifier.CanSign(certificate))
        {
            return;
        }
        var key = MbedTlsNames.SearchKey(certificate.Subject).GetHashCode(StringComparison.Ordinal);
        if (!_bySubject.TryGetValue(key, out var positions))
        {
            _bySubject.Add(key, positions = []);
        }
        positions.Add(position);
    }

    private MbedTlsCertificate Load(int position) => load(position);

    /// <summary>The chain of a leaf placed first, with the indexed certificates after it except the one at <paramref name="skipped"/> (the leaf's own place).</summary>
    public IMbedTlsChain For(MbedTlsCertificate leaf, int skipped) => new LeafChain(this, leaf, skipped);

    private sealed class LeafChain(MbedTlsParentIndex index, MbedTlsCertificate leaf, int skipped) : IMbedTlsChain
    {
        public MbedTlsCertificate Leaf => leaf;

        public IEnumerable<(MbedTlsCertificate Certificate, int Position)> After(int position, IReadOnlyList<MbedTlsNameAttribute> issuer)
        {
            if (!index._bySubject.TryGetValue(MbedTlsNames.SearchKey(issuer).GetHashCode(StringComparison.Ordinal), out var positions))
            {
                yield break;
            }
            var first = positions.BinarySearch(position + 1);
            for (var i = first >= 0 ? first : ~first; i < positions.Count; i++)
            {
                if (positions[i] != skipped)
                {
                    yield return (index.Load(positions[i]), positions[i]);
                }
            }
        }
    }
}
