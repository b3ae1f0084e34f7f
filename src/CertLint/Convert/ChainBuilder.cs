using CertLint.X509;

namespace CertLint.Conversion;

/// <summary>
/// Finds each certificate's issuer among the others: candidates by issuer name (exact encoding, else the same
/// text form) narrowed by key identifiers, confirmed by verifying the signature with the candidate's key. A name
/// match whose key does not verify is not a link.
/// </summary>
public static class ChainBuilder
{
    private const int ParallelThreshold = 64;

    public static ChainGraph Build(IReadOnlyList<BundleCertificate> unique)
    {
        var byEncodedSubject = Index(unique, c => Convert.ToHexString(c.Certificate.Subject.Encoded.Span));
        var byTextSubject = Index(unique, c => c.Certificate.Subject.ToString());
        // Signature checks dominate (a 10,000-certificate bundle is 10,000 verifications) and are independent.
        var findings = new IssuerFinding[unique.Count];
        var parallelism = new ParallelOptions { MaxDegreeOfParallelism = unique.Count < ParallelThreshold ? 1 : -1 };
        Parallel.For(0, unique.Count, parallelism, i => findings[i] = FindIssuer(unique[i], Candidates(unique[i], byEncodedSubject, byTextSubject)));
        var issuers = new Dictionary<int, IssuerFinding>(unique.Count);
        for (var i = 0; i < unique.Count; i++)
        {
            issuers[unique[i].Index] = findings[i];
        }
        BreakCycles(unique, issuers);
        return new ChainGraph(unique, issuers, ChainOrdering.Trees(unique, issuers));
    }

    private static Dictionary<string, List<BundleCertificate>> Index(IReadOnlyList<BundleCertificate> certificates, Func<BundleCertificate, string> key)
    {
        var index = new Dictionary<string, List<BundleCertificate>>(StringComparer.Ordinal);
        foreach (var certificate in certificates)
        {
            var k = key(certificate);
            if (!index.TryGetValue(k, out var list))
            {
                index[k] = list = [];
            }
            list.Add(certificate);
        }
        return index;
    }

    private static List<BundleCertificate> Candidates(BundleCertificate certificate, Dictionary<string, List<BundleCertificate>> byEncoded, Dictionary<string, List<BundleCertificate>> byText)
    {
        var issuer = certificate.Certificate.Issuer;
        if (!byEncoded.TryGetValue(Convert.ToHexString(issuer.Encoded.Span), out var found) && !byText.TryGetValue(issuer.ToString(), out found))
        {
            return [];
        }
        var authorityKeyId = certificate.Certificate.AuthorityKeyIdentifier?.KeyId;
        // Key identifiers only narrow the search: a mismatch rules a candidate out, absence rules nothing out.
        return found
            .Where(c => authorityKeyId is not { } aki || c.Certificate.SubjectKeyIdentifier?.KeyId is not { } ski || aki.Span.SequenceEqual(ski.Span))
            .OrderBy(c => c.Index == certificate.Index ? 0 : 1)
            .ToList();
    }

    private static IssuerFinding FindIssuer(BundleCertificate certificate, List<BundleCertificate> candidates)
    {
        if (candidates.Count == 0)
        {
            return new IssuerFinding(IssuerStatus.Missing, null, null);
        }
        BundleCertificate? unchecked_ = null;
        string? reason = null;
        foreach (var candidate in candidates)
        {
            // Stray bits in the signature BIT STRING make it no signature at all; a wrong key type is no issuer either.
            var (verdict, why) = certificate.Certificate.Signature.UnusedBits != 0
                ? (SignatureVerdict.Invalid, "signature BIT STRING has unused bits")
                : SignatureCheck.Verify(certificate.Certificate, candidate.Certificate);
            var self = candidate.Index == certificate.Index;
            if (verdict == SignatureVerdict.Verified)
            {
                return new IssuerFinding(self ? IssuerStatus.SelfSigned : IssuerStatus.Verified, candidate, null);
            }
            if (verdict == SignatureVerdict.Unchecked && unchecked_ is null)
            {
                unchecked_ = candidate;
                reason = why;
            }
            reason ??= why;
        }
        if (unchecked_ is { } named)
        {
            var self = named.Index == certificate.Index;
            return new IssuerFinding(self ? IssuerStatus.SelfSigned : IssuerStatus.NameOnly, named, reason);
        }
        var others = candidates.Where(c => c.Index != certificate.Index).ToList();
        return others.Count == 0
            ? new IssuerFinding(IssuerStatus.Missing, null, "self-issued, but its own key does not verify its signature")
            : new IssuerFinding(IssuerStatus.NotVerified, others[0], reason);
    }

    /// <summary>Cross-signed pairs can link in a circle; the earliest certificate of a circle becomes its top.</summary>
    private static void BreakCycles(IReadOnlyList<BundleCertificate> unique, Dictionary<int, IssuerFinding> issuers)
    {
        var settled = new HashSet<int>();
        foreach (var start in unique)
        {
            var path = new List<BundleCertificate>();
            var onPath = new HashSet<int>();
            var current = start;
            while (current is not null && !settled.Contains(current.Index))
            {
                if (!onPath.Add(current.Index))
                {
                    var cycle = path.SkipWhile(c => c.Index != current.Index).ToList();
                    var top = cycle.MinBy(c => c.Index)!;
                    var parent = issuers[top.Index].Issuer!;
                    issuers[top.Index] = new IssuerFinding(IssuerStatus.Missing, null, $"its issuer '{parent.Label}' is also issued under it (cross-signed loop)");
                    break;
                }
                path.Add(current);
                current = issuers[current.Index] is { Status: IssuerStatus.Verified or IssuerStatus.NameOnly, Issuer: { } next } ? next : null;
            }
            settled.UnionWith(onPath);
        }
    }
}
