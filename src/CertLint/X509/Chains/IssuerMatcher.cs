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

/// <summary>The matcher's answer: the status, the issuer (for NotVerified: the first name match, which did not verify) and why.</summary>
public sealed record IssuerMatch(IssuerStatus Status, Certificate? Issuer, string? Reason)
{
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
/// </summary>
public sealed class IssuerMatcher
{
    /// <summary>The most candidates one certificate's signature is checked against.</summary>
    public const int MaxSignatureCandidates = 8;

    private readonly Dictionary<string, List<Certificate>> _bySubject = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Certificate>> _bySki = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Certificate>> _bySubjectSki = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Certificate>> _bySubjectNoSki = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Certificate> _byHash = new(StringComparer.Ordinal);
    private readonly IssuerMatcher? _fallback;

    public IssuerMatcher(IEnumerable<Certificate> candidates, IssuerMatcher? fallback = null, SignatureCache? signatures = null)
    {
        _fallback = fallback;
        Signatures = signatures ?? fallback?.Signatures ?? new SignatureCache();
        foreach (var candidate in candidates)
        {
            if (!_byHash.TryAdd(candidate.Sha256, candidate))
            {
                continue;
            }
            var subjectKey = NameKey.Of(candidate.Subject);
            Add(_bySubject, subjectKey, candidate);
            if (candidate.SubjectKeyIdentifier?.KeyId is { } ski)
            {
                var skiHex = Convert.ToHexString(ski.Span);
                Add(_bySki, skiHex, candidate);
                Add(_bySubjectSki, subjectKey + "|" + skiHex, candidate);
            }
            else
            {
                Add(_bySubjectNoSki, subjectKey, candidate);
            }
        }
    }

    public SignatureCache Signatures { get; }

    private static List<Certificate> Lookup(Dictionary<string, List<Certificate>> index, string key) =>
        index.TryGetValue(key, out var list) ? list : [];

    private static void Add(Dictionary<string, List<Certificate>> index, string key, Certificate certificate)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        list.Add(certificate);
    }

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

    private IssuerMatch MatchHere(Certificate certificate)
    {
        var issuerKey = NameKey.Of(certificate.Issuer);
        var authorityKeyId = certificate.AuthorityKeyIdentifier?.KeyId;
        var candidates = new List<Certificate>(MaxSignatureCandidates);
        Certificate? self = null;
        if (_byHash.TryGetValue(certificate.Sha256, out var me) && NameKey.Of(me.Subject) == issuerKey
            && (authorityKeyId is not { } ownAki || me.SubjectKeyIdentifier?.KeyId is not { } ownSki || ownAki.Span.SequenceEqual(ownSki.Span)))
        {
            self = me;
            candidates.Add(me);
        }
        // With an authorityKeyIdentifier only same-named certificates with that SKI or with none qualify: both lists
        // come straight from an index, so a crowd of same-named certificates with other keys costs nothing.
        var pool = authorityKeyId is { } aki
            ? Lookup(_bySubjectSki, issuerKey + "|" + Convert.ToHexString(aki.Span)).Concat(Lookup(_bySubjectNoSki, issuerKey))
            : Lookup(_bySubject, issuerKey);
        foreach (var candidate in pool)
        {
            if (candidates.Count >= MaxSignatureCandidates)
            {
                break;
            }
            if (!ReferenceEquals(candidate, self) && candidate.Sha256 != certificate.Sha256)
            {
                candidates.Add(candidate);
            }
        }
        if (candidates.Count == 0)
        {
            return new IssuerMatch(IssuerStatus.Missing, null, null);
        }
        var verdicts = new (SignatureVerdict Verdict, string? Reason)[candidates.Count];
        var match = Settle(candidates, self, verdicts, certificate);
        // Only the pairs a rule asks about again are kept: the issuer settled on (chain.signature-invalid) and the
        // certificate's own key (a self-issued certificate is judged against itself when nothing else qualifies).
        for (var i = 0; i < candidates.Count; i++)
        {
            if (ReferenceEquals(candidates[i], match.Issuer) || ReferenceEquals(candidates[i], self))
            {
                Signatures.Remember(certificate, candidates[i], verdicts[i]);
            }
        }
        return match;
    }

    private IssuerMatch Settle(List<Certificate> candidates, Certificate? self, (SignatureVerdict Verdict, string? Reason)[] verdicts, Certificate certificate)
    {
        Certificate? uncheckable = null;
        string? reason = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            var (verdict, why) = verdicts[i] = Signatures.Try(certificate, candidate);
            var isSelf = ReferenceEquals(candidate, self);
            if (verdict == SignatureVerdict.Verified)
            {
                return new IssuerMatch(isSelf ? IssuerStatus.SelfSigned : IssuerStatus.Verified, candidate, null);
            }
            if (verdict == SignatureVerdict.Unchecked && uncheckable is null)
            {
                uncheckable = candidate;
                reason = why;
            }
            reason ??= why;
        }
        if (uncheckable is not null)
        {
            return new IssuerMatch(ReferenceEquals(uncheckable, self) ? IssuerStatus.SelfSigned : IssuerStatus.NameOnly, uncheckable, reason);
        }
        var others = self is null ? candidates : candidates.Skip(1).ToList();
        return others.Count == 0
            ? new IssuerMatch(IssuerStatus.Missing, null, "self-issued, but its own key does not verify its signature")
            : new IssuerMatch(IssuerStatus.NotVerified, others[0], reason);
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
        for (var set = this; set is not null && found.Count < MaxSignatureCandidates; set = set._fallback)
        {
            var key = NameKey.Of(issuer);
            var pool = authorityKeyId is { } aki
                ? Lookup(set._bySubjectSki, key + "|" + Convert.ToHexString(aki.Span)).Concat(Lookup(set._bySubjectNoSki, key))
                : Lookup(set._bySubject, key);
            foreach (var candidate in pool)
            {
                if (found.Count < MaxSignatureCandidates && seen.Add(candidate.Sha256))
                {
                    found.Add(candidate);
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
        if (_bySubject.TryGetValue(NameKey.Of(certificate.Issuer), out var named) && named.FirstOrDefault(c => c.Sha256 != certificate.Sha256) is { } byName)
        {
            return byName;
        }
        var fromFallback = _fallback?.LikelyIssuerByName(certificate);
        if (fromFallback is not null)
        {
            return fromFallback;
        }
        if (certificate.AuthorityKeyIdentifier?.KeyId is { } keyId)
        {
            var key = Convert.ToHexString(keyId.Span);
            if (_bySki.TryGetValue(key, out var byKey) && byKey.FirstOrDefault(c => c.Sha256 != certificate.Sha256) is { } found)
            {
                return found;
            }
            return _fallback?.LikelyIssuerByKey(certificate, key);
        }
        return null;
    }

    private Certificate? LikelyIssuerByName(Certificate certificate) =>
        _bySubject.TryGetValue(NameKey.Of(certificate.Issuer), out var named) ? named.FirstOrDefault(c => c.Sha256 != certificate.Sha256) : _fallback?.LikelyIssuerByName(certificate);

    private Certificate? LikelyIssuerByKey(Certificate certificate, string key) =>
        _bySki.TryGetValue(key, out var byKey) && byKey.FirstOrDefault(c => c.Sha256 != certificate.Sha256) is { } found ? found : _fallback?.LikelyIssuerByKey(certificate, key);
}
