using CertLint.IO;

namespace CertLint.X509.Chains;

/// <summary>How a certificate's issuer was settled.</summary>
public enum IssuerStatus
{
    /// <summary>Self-issued and its own key verifies its signature.</summary>
    SelfSigned,
    /// <summary>An issuer among the candidates verifies the signature.</summary>
    Verified,
    /// <summary>Linked by name and key identifier only: the signature could not be checked.</summary>
    NameOnly,
    /// <summary>No candidate has the issuer's name (with agreeing key identifiers).</summary>
    Missing,
    /// <summary>Candidates with the issuer's name are present, but none of their keys verifies the signature.</summary>
    NotVerified,
}

/// <summary>
/// The matcher's answer: the status, the issuer (for NotVerified: the first name match, which did not verify) and why.
/// An issuer of the matched set is held by its position, so a bundle whose models are decoded on demand
/// (<see cref="Input.InputOptions.ModelsHeld"/>) is not kept whole by its answers.
/// </summary>
public sealed class IssuerMatch
{
    private readonly Certificate? _issuer;
    private readonly IReadOnlyList<Certificate>? _set;
    private readonly int _index;

    public IssuerMatch(IssuerStatus status, Certificate? issuer, string? reason)
    {
        Status = status;
        _issuer = issuer;
        Reason = reason;
    }

    internal IssuerMatch(IssuerStatus status, IReadOnlyList<Certificate> set, int index, string? reason)
    {
        Status = status;
        _set = set;
        _index = index;
        Reason = reason;
    }

    public IssuerStatus Status { get; }
    public Certificate? Issuer => _set is null ? _issuer : _set[_index];

    /// <summary>The issuer's position in <paramref name="set"/> when it was found there, else -1 (known without reading the issuer).</summary>
    internal int PositionIn(IReadOnlyList<Certificate> set) => ReferenceEquals(_set, set) ? _index : -1;
    public string? Reason { get; }

    /// <summary>The issuer an issuer link is drawn to (verified, or not checkable), else null.</summary>
    public Certificate? Linked => Status is IssuerStatus.Verified or IssuerStatus.NameOnly ? Issuer : null;
}

/// <summary>
/// THE issuer matcher of CertLint (lint's engine and chain rules, convert, the benchmarks): candidates are found by
/// issuer name (RFC 5280 7.1 equality through <see cref="NameKey"/>, an O(1) index) and narrowed by key identifiers
/// (a mismatching authorityKeyIdentifier/subjectKeyIdentifier rules a candidate out, absence rules nothing out); a
/// candidate is confirmed by verifying the signature with its key (<see cref="SignatureCache"/>: once per pair).
/// Identical certificates are collapsed by SHA-256. When the candidates of this set leave the issuer missing, the
/// fallback set is searched (e.g. --chain and --ca, indexed once per run).
/// <para>
/// Linear time: at most <see cref="MaxSignatureCandidates"/> candidates are tried with a signature per certificate
/// (the certificate itself first, then the others in input order). N certificates sharing one name and carrying no
/// key identifiers therefore cost at most N x 8 verifications, not N x N; a certificate whose true issuer is the
/// 9th or later same-named candidate is reported as not verified.
/// </para>
/// <para>
/// The index holds positions in the candidate list, not models: a list that decodes its certificates on demand (lint
/// of more than <see cref="Input.InputOptions.ModelsHeld"/> certificates) is read when a candidate is tried.
/// </para>
/// </summary>
public sealed class IssuerMatcher
{
    /// <summary>The most candidates one certificate's signature is checked against.</summary>
    public const int MaxSignatureCandidates = 8;

    private readonly IReadOnlyList<Certificate> _set;
    /// <summary>SHA-256 of each distinct certificate by position (null for a later copy, which is not indexed).</summary>
    private readonly string?[] _sha256;
    /// <summary>The position of each certificate's first byte-identical copy (its own for a first copy).</summary>
    private readonly int[] _firstCopy;
    private readonly Dictionary<string, int> _byHash;
    private readonly PositionIndex _bySubject;
    private readonly PositionIndex _bySki;
    private readonly PositionIndex _bySubjectSki;
    private readonly PositionIndex _bySubjectNoSki;
    private readonly IssuerMatcher? _fallback;

    public IssuerMatcher(IEnumerable<Certificate> candidates, IssuerMatcher? fallback = null, SignatureCache? signatures = null)
    {
        _fallback = fallback;
        Signatures = signatures ?? fallback?.Signatures ?? new SignatureCache();
        _set = candidates as IReadOnlyList<Certificate> ?? [.. candidates];
        var count = _set.Count;
        // Sized once: growing it step by step rehashed every certificate's fingerprint several times.
        _byHash = new Dictionary<string, int>(count, StringComparer.Ordinal);
        _sha256 = new string?[count];
        _firstCopy = new int[count];
        var hashes = new string[count];
        var subjectKeys = new string?[count];
        var skis = new string?[count];
        // The keys of each certificate on every core (hashing and name keys were a fifth of lint's single-threaded start
        // on 10,000 certificates); only the index itself is built in order.
        void KeysOf(int i)
        {
            var candidate = _set[i];
            hashes[i] = candidate.Sha256;
            subjectKeys[i] = NameKey.Of(candidate.Subject);
            skis[i] = candidate.SubjectKeyIdentifier?.KeyId is { } ski ? Convert.ToHexString(ski.Span) : null;
        }
        Work.For(count, KeysOf);
        for (var i = 0; i < count; i++)
        {
            if (!_byHash.TryAdd(hashes[i], i))
            {
                _firstCopy[i] = _byHash[hashes[i]];
                subjectKeys[i] = null;
                skis[i] = null;
                continue;
            }
            _firstCopy[i] = i;
            _sha256[i] = hashes[i];
        }
        _bySubject = new PositionIndex(count);
        _bySki = new PositionIndex(count);
        _bySubjectSki = new PositionIndex(count);
        _bySubjectNoSki = new PositionIndex(count);
        // Added last to first, each in front: every key lists its certificates in input order.
        for (var i = count - 1; i >= 0; i--)
        {
            if (subjectKeys[i] is not { } subjectKey)
            {
                continue;
            }
            _bySubject.AddFirst(subjectKey, i);
            if (skis[i] is { } skiHex)
            {
                _bySki.AddFirst(skiHex, i);
                _bySubjectSki.AddFirst(subjectKey + "|" + skiHex, i);
            }
            else
            {
                _bySubjectNoSki.AddFirst(subjectKey, i);
            }
        }
    }

    public SignatureCache Signatures { get; }

    /// <summary>The position of the first byte-identical copy of the certificate at <paramref name="position"/> (itself when it is the first).</summary>
    public int FirstCopyOf(int position) => _firstCopy[position];

    /// <summary>The position of the first certificate of this set with this SHA-256, or -1.</summary>
    public int PositionOf(string sha256) => _byHash.TryGetValue(sha256, out var position) ? position : -1;

    /// <summary>The position of the first certificate of this set whose subject equals <paramref name="name"/> (RFC 5280 7.1), or -1.</summary>
    public int FirstWithSubject(DistinguishedName name) => _bySubject.Positions(NameKey.Of(name)).DefaultIfEmpty(-1).First();

    /// <summary>The issuer of <paramref name="certificate"/> among this set (then the fallback), with how it was settled.</summary>
    public IssuerMatch Match(Certificate certificate)
    {
        var own = MatchHere(certificate);
        if (own.Status is IssuerStatus.Missing && _fallback is not null)
        {
            var other = _fallback.Match(certificate);
            return other.Status is IssuerStatus.Missing ? own : other;
        }
        if (own.Status is IssuerStatus.NotVerified && _fallback?.Match(certificate) is { Status: IssuerStatus.Verified or IssuerStatus.SelfSigned or IssuerStatus.NameOnly } better)
        {
            return better;
        }
        return own;
    }

    /// <summary>Positions of the certificates that may have issued something naming <paramref name="issuerKey"/> with this authorityKeyIdentifier.</summary>
    private IEnumerable<int> Pool(string issuerKey, ReadOnlyMemory<byte>? authorityKeyId) =>
        // With an authorityKeyIdentifier only same-named certificates with that SKI or with none qualify: both lists
        // come straight from an index, so a crowd of same-named certificates with other keys costs nothing.
        authorityKeyId is { } aki
            ? _bySubjectSki.Positions(issuerKey + "|" + Convert.ToHexString(aki.Span)).Concat(_bySubjectNoSki.Positions(issuerKey))
            : _bySubject.Positions(issuerKey);

    private IssuerMatch MatchHere(Certificate certificate)
    {
        var issuerKey = NameKey.Of(certificate.Issuer);
        var authorityKeyId = certificate.AuthorityKeyIdentifier?.KeyId;
        var candidates = new List<int>(MaxSignatureCandidates);
        var self = -1;
        // The certificate's own first copy in this set: the same bytes, so its own subject and key identifiers.
        if (_byHash.TryGetValue(certificate.Sha256, out var me) && NameKey.Equal(certificate.Subject, certificate.Issuer)
            && (authorityKeyId is not { } ownAki || certificate.SubjectKeyIdentifier?.KeyId is not { } ownSki || ownAki.Span.SequenceEqual(ownSki.Span)))
        {
            self = me;
            candidates.Add(me);
        }
        foreach (var candidate in Pool(issuerKey, authorityKeyId))
        {
            if (candidates.Count >= MaxSignatureCandidates)
            {
                break;
            }
            if (candidate != self && _sha256[candidate] != certificate.Sha256)
            {
                candidates.Add(candidate);
            }
        }
        if (candidates.Count == 0)
        {
            return new IssuerMatch(IssuerStatus.Missing, null, null);
        }
        var tried = new Certificate[candidates.Count];
        var verdicts = new (SignatureVerdict Verdict, string? Reason)[candidates.Count];
        var (status, at, reason) = Settle(certificate, candidates, self, tried, verdicts);
        // Only the pairs a rule asks about again are kept: the issuer settled on (chain.signature-invalid) and the
        // certificate's own key (a self-issued certificate is judged against itself when nothing else qualifies).
        for (var i = 0; i < candidates.Count; i++)
        {
            if (tried[i] is { } candidate && (candidates[i] == at || candidates[i] == self))
            {
                Signatures.Remember(certificate, candidate, verdicts[i]);
            }
        }
        return at < 0 ? new IssuerMatch(status, null, reason) : new IssuerMatch(status, _set, at, reason);
    }

    /// <summary>The status, the issuer's position (-1 for none) and why; <paramref name="tried"/> gets the candidates whose signature was checked.</summary>
    private (IssuerStatus Status, int Issuer, string? Reason) Settle(Certificate certificate, List<int> candidates, int self,
        Certificate[] tried, (SignatureVerdict Verdict, string? Reason)[] verdicts)
    {
        var uncheckable = -1;
        string? reason = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = tried[i] = _set[candidates[i]];
            var (verdict, why) = verdicts[i] = Signatures.Try(certificate, candidate);
            var isSelf = candidates[i] == self;
            if (verdict == SignatureVerdict.Verified)
            {
                return (isSelf ? IssuerStatus.SelfSigned : IssuerStatus.Verified, candidates[i], null);
            }
            if (verdict == SignatureVerdict.Unchecked && uncheckable < 0)
            {
                uncheckable = candidates[i];
                reason = why;
            }
            reason ??= why;
        }
        if (uncheckable >= 0)
        {
            return (uncheckable == self ? IssuerStatus.SelfSigned : IssuerStatus.NameOnly, uncheckable, reason);
        }
        var firstOther = self < 0 ? 0 : 1;
        return firstOther >= candidates.Count
            ? (IssuerStatus.Missing, -1, "self-issued, but its own key does not verify its signature")
            : (IssuerStatus.NotVerified, candidates[firstOther], reason);
    }

    /// <summary>
    /// The certificates that may have signed an object (a CRL) naming <paramref name="issuer"/> with this
    /// authorityKeyIdentifier: same name (RFC 5280 7.1) and a matching or absent subjectKeyIdentifier, this set first,
    /// then the fallback, at most <see cref="MaxSignatureCandidates"/>, copies collapsed by SHA-256.
    /// </summary>
    public IReadOnlyList<Certificate> CandidatesFor(DistinguishedName issuer, ReadOnlyMemory<byte>? authorityKeyId)
    {
        var found = new List<Certificate>(MaxSignatureCandidates);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var key = NameKey.Of(issuer);
        for (var set = this; set is not null && found.Count < MaxSignatureCandidates; set = set._fallback)
        {
            foreach (var candidate in set.Pool(key, authorityKeyId))
            {
                if (found.Count >= MaxSignatureCandidates)
                {
                    break;
                }
                if (seen.Add(set._sha256[candidate]!))
                {
                    found.Add(set._set[candidate]);
                }
            }
        }
        return found;
    }

    /// <summary>
    /// The certificate that most likely issued this one, for rules that explain a broken link: the first other
    /// certificate whose subject equals the issuer name (RFC 5280 7.1), else the first whose subjectKeyIdentifier
    /// equals the authorityKeyIdentifier; this set first, then the fallback. O(1) per certificate.
    /// </summary>
    public Certificate? LikelyIssuer(Certificate certificate)
    {
        var byName = LikelyIssuerByName(certificate, NameKey.Of(certificate.Issuer));
        if (byName is not null || certificate.AuthorityKeyIdentifier?.KeyId is not { } keyId)
        {
            return byName;
        }
        return LikelyIssuerByKey(certificate, Convert.ToHexString(keyId.Span));
    }

    private Certificate? LikelyIssuerByName(Certificate certificate, string issuerKey) =>
        FirstOther(_bySubject, issuerKey, certificate) ?? _fallback?.LikelyIssuerByName(certificate, issuerKey);

    private Certificate? LikelyIssuerByKey(Certificate certificate, string key) =>
        FirstOther(_bySki, key, certificate) ?? _fallback?.LikelyIssuerByKey(certificate, key);

    private Certificate? FirstOther(PositionIndex index, string key, Certificate certificate)
    {
        foreach (var position in index.Positions(key))
        {
            if (_sha256[position] != certificate.Sha256)
            {
                return _set[position];
            }
        }
        return null;
    }

    /// <summary>
    /// Positions by key, each key's in input order, as a linked list through one array: an int per certificate
    /// instead of a list per distinct name (a bundle of 327,000 certificates with as many names held 327,000 lists).
    /// </summary>
    private sealed class PositionIndex(int count)
    {
        private readonly Dictionary<string, int> _first = new(StringComparer.Ordinal);
        private readonly int[] _next = new int[count];

        public void AddFirst(string key, int position)
        {
            _next[position] = _first.TryGetValue(key, out var head) ? head : -1;
            _first[key] = position;
        }

        public IEnumerable<int> Positions(string key)
        {
            if (!_first.TryGetValue(key, out var position))
            {
                yield break;
            }
            for (; position >= 0; position = _next[position])
            {
                yield return position;
            }
        }
    }
}
