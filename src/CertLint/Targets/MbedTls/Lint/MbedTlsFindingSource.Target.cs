using CertLint.IO;
using CertLint.Rules;

namespace CertLint.Targets.MbedTls.Lint;

public sealed partial class MbedTlsFindingSource
{
    /// <summary>
    /// One build as this run judges with it: its emulator, the --chain and --ca certificates it accepts and, with
    /// trust anchors, an index of the input's certificates that can sign. Mbed TLS searches the whole chain it is
    /// given for parents (the leaf, the input's other certificates, then --chain), so those are found before the first
    /// leaf is verified. The first <see cref="MbedTlsLintOptions.ParentsHeld"/> of them are held as parsed and the rest weakly,
    /// parsed again when the collector took them; every other certificate is parsed on its turn and let go with it
    /// (327,000 certificates all held took 2.9 GB).
    /// </summary>
    private sealed class Target
    {
        /// <summary>The OID of basicConstraints, the only extension that makes a certificate a CA to Mbed TLS.</summary>
        private static readonly byte[] BasicConstraints = [0x55, 0x1D, 0x13];

        private readonly MbedTlsEmulator _emulator;
        private readonly IReadOnlyList<RuleContext> _certificates;
        private readonly List<MbedTlsCertificate> _extra;
        private readonly Dictionary<int, MbedTlsParseResult> _held = [];
        private readonly Dictionary<int, WeakReference<MbedTlsParseResult>> _heldWeakly = [];
        private readonly MbedTlsParentIndex _parents;

        private readonly int _parentsHeld;
        private readonly Func<int, int> _firstCopyOf;

        public Target(MbedTlsConfig build, IReadOnlyList<RuleContext> certificates, Func<int, int> firstCopyOf,
            IReadOnlyList<X509.Certificate> chain, IReadOnlyList<X509.Certificate> anchors, int parentsHeld)
        {
            _parentsHeld = parentsHeld;
            _firstCopyOf = firstCopyOf;
            Build = build;
            _emulator = new MbedTlsEmulator(build);
            _certificates = certificates;
            _extra = Accepted(_emulator, chain);
            Anchors = Accepted(_emulator, anchors);
            _parents = new MbedTlsParentIndex(position => position <= certificates.Count ? Parse(position - 1).Certificate! : _extra[position - certificates.Count - 1]);
        }

        public MbedTlsConfig Build { get; }
        public string Name => Build.Target.Name;
        public List<MbedTlsCertificate> Anchors { get; }

        /// <summary>Indexes the input's certificates that can sign at their chain positions (the leaf is 0), then --chain's.</summary>
        public void IndexParents()
        {
            for (var k = 0; k < _certificates.Count; k++)
            {
                // A copy is a parent at its own position, parsed as its first copy was (145,000 copies of a root).
                if (_firstCopyOf(k) is var first && first != k)
                {
                    if (_held.ContainsKey(first) || _heldWeakly.ContainsKey(first))
                    {
                        _parents.Add(Parse(first).Certificate!, k + 1);
                    }
                    continue;
                }
                var encoded = _certificates[k].Certificate.Encoded;
                // Without the basicConstraints OID in its bytes no build makes a certificate a CA: it is not parsed twice.
                if (encoded.Span.IndexOf(BasicConstraints) >= 0 && _emulator.ParseDer(encoded.ToArray()) is { Accepted: true } r && MbedTlsVerifier.CanSign(r.Certificate!))
                {
                    if (_held.Count < _parentsHeld)
                    {
                        _held.Add(k, r);
                    }
                    else
                    {
                        _heldWeakly.Add(k, new WeakReference<MbedTlsParseResult>(r));
                    }
                    _parents.Add(r.Certificate!, k + 1);
                }
            }
            var position = _certificates.Count + 1;
            foreach (var extra in _extra)
            {
                _parents.Add(extra, position++);
            }
        }

        /// <summary>The input's certificate <paramref name="index"/> as this build parses it (a copy as its first copy).</summary>
        public MbedTlsParseResult Parse(int index)
        {
            index = _firstCopyOf(index);
            if (_held.TryGetValue(index, out var held))
            {
                return held;
            }
            if (_heldWeakly.TryGetValue(index, out var weak) && weak.TryGetTarget(out held))
            {
                return held;
            }
            var parsed = _emulator.ParseDer(_certificates[index].Certificate.Encoded.ToArray());
            if (weak is not null)
            {
                weak.SetTarget(parsed);
            }
            return parsed;
        }

        /// <summary>The chain verify is given for the input's certificate <paramref name="index"/>: it first, then the input's others and --chain's.</summary>
        public IMbedTlsChain ChainOf(MbedTlsCertificate leaf, int index) => _parents.For(leaf, index + 1);

        private static List<MbedTlsCertificate> Accepted(MbedTlsEmulator emulator, IReadOnlyList<X509.Certificate> certificates) =>
            certificates.Select(c => emulator.ParseDer(c.Encoded.ToArray())).Where(p => p.Accepted).Select(p => p.Certificate!).ToList();
    }
}
