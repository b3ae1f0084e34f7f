namespace CertLint.Targets.MbedTls;

/// <summary>
/// The certificates of a long chain that can sign (<see cref="MbedTlsVerifier.CanSign"/>), by subject, so that
/// verifying each leaf of a fleet file looks only at the parents its issuer names instead of the whole file (4,000
/// leaves took 10 s). Positions are the certificates' places in the chain; <see cref="For"/> gives one leaf's chain.
/// </summary>
public sealed class MbedTlsParentIndex
{
    private readonly Dictionary<string, List<(MbedTlsCertificate Certificate, int Position)>> _bySubject = new(StringComparer.Ordinal);
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
        var key = MbedTlsNames.SearchKey(certificate.Subject);
        if (!_bySubject.TryGetValue(key, out var parents))
        {
            _bySubject.Add(key, parents = []);
        }
        parents.Add((certificate, position));
    }

    /// <summary>The chain of a leaf placed first, with the indexed certificates after it except the one at <paramref name="skipped"/> (the leaf's own place).</summary>
    public IMbedTlsChain For(MbedTlsCertificate leaf, int skipped) => new LeafChain(this, leaf, skipped);

    private sealed class LeafChain(MbedTlsParentIndex index, MbedTlsCertificate leaf, int skipped) : IMbedTlsChain
    {
        public MbedTlsCertificate Leaf => leaf;

        public IEnumerable<(MbedTlsCertificate Certificate, int Position)> After(int position, IReadOnlyList<MbedTlsNameAttribute> issuer)
        {
            if (!index._bySubject.TryGetValue(MbedTlsNames.SearchKey(issuer), out var parents))
            {
                yield break;
            }
            for (var i = FirstAfter(parents, position); i < parents.Count; i++)
            {
                if (parents[i].Position != skipped)
                {
                    yield return parents[i];
                }
            }
        }

        private static int FirstAfter(List<(MbedTlsCertificate Certificate, int Position)> parents, int position)
        {
            int low = 0, high = parents.Count;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (parents[middle].Position <= position)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }
            return low;
        }
    }
}
