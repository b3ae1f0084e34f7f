using CertLint.IO;

namespace CertLint.X509.Chains;

/// <summary>
/// The certificates of one input as a set of chains, built once (linear time) and shared by the lint engine and every
/// chain rule: each certificate's issuer (<see cref="IssuerMatcher"/>, this input first, then the run's --chain and
/// --ca certificates), whether it issued anything here, where its first identical copy is, and whether the stored
/// order is meant to be one chain (at most one leaf, i.e. one certificate that issued nothing here). A file of
/// several device leaves and their CA is several chains sharing a CA, not one chain in file order.
/// </summary>
public sealed class BundleChains
{
    private readonly IssuerMatch[] _matches;
    private readonly bool[] _issuedSomething;

    public BundleChains(IReadOnlyList<Certificate> stored, IssuerMatcher? runIssuers = null)
    {
        Stored = stored;
        Matcher = new IssuerMatcher(stored, runIssuers);
        _matches = new IssuerMatch[stored.Count];
        var isCa = new bool[stored.Count];
        // Each certificate is read once here: a very large input decodes its models again when asked (InputOptions.ModelsHeld).
        void MatchOne(int i)
        {
            var certificate = stored[i];
            _matches[i] = Matcher.Match(certificate);
            isCa[i] = certificate.IsCa;
        }
        // Signature checks dominate: on every core.
        Work.For(stored.Count, MatchOne);
        AnyCa = isCa.Contains(true);
        _issuedSomething = new bool[stored.Count];
        for (var i = 0; i < stored.Count; i++)
        {
            if (_matches[i].Linked is null)
            {
                continue;
            }
            // The issuer's first copy in this input: by position when the matcher found it here, else by its hash
            // (an issuer from --chain or --ca may also be stored in the input).
            var at = _matches[i].PositionIn(stored);
            at = at >= 0 ? Matcher.FirstCopyOf(at) : Matcher.PositionOf(_matches[i].Linked!.Sha256);
            if (at >= 0 && at != Matcher.FirstCopyOf(i))
            {
                _issuedSomething[at] = true;
            }
        }
        var leaves = 0;
        for (var i = 0; i < stored.Count; i++)
        {
            if (Matcher.FirstCopyOf(i) == i && !_issuedSomething[i])
            {
                leaves++;
            }
        }
        LeafCount = leaves;
    }

    /// <summary>The certificates as stored in the input.</summary>
    public IReadOnlyList<Certificate> Stored { get; }

    public IssuerMatcher Matcher { get; }

    public SignatureCache Signatures => Matcher.Signatures;

    /// <summary>Whether any certificate of the input is a CA (a bundle of unrelated leaves is not a chain).</summary>
    public bool AnyCa { get; }

    /// <summary>Distinct certificates that issued no other certificate of the input: the ends of its chains.</summary>
    public int LeafCount { get; }

    /// <summary>The stored order is meant to be one chain (leaf, its issuer, ...) only when there is at most one leaf.</summary>
    public bool IsOneChain => LeafCount <= 1;

    public IssuerMatch MatchOf(int index) => _matches[index];

    /// <summary>
    /// The issuer the rules judge this certificate against: the verified or name-only issuer, the first same-named
    /// candidate whose key does not verify (so chain.signature-invalid can say so), or the certificate itself when it
    /// is self-issued and nothing else qualifies.
    /// </summary>
    public Certificate? IssuerOf(int index)
    {
        var match = _matches[index];
        return match.Issuer ?? (Stored[index].IsSelfIssued ? Stored[index] : null);
    }

    /// <summary>Whether this certificate issued another certificate of the input.</summary>
    public bool IssuedSomething(int index) => _issuedSomething[Matcher.FirstCopyOf(index)];

    /// <summary>The position of the first byte-identical copy of this certificate (itself when it is the first).</summary>
    public int FirstCopyOf(int index) => Matcher.FirstCopyOf(index);

    /// <summary>The position of the first certificate whose subject equals <paramref name="name"/> (RFC 5280 7.1), or -1.</summary>
    public int FirstWithSubject(DistinguishedName name) => Matcher.FirstWithSubject(name);
}
