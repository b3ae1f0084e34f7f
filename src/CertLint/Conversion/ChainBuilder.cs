using CertLint.X509;
using CertLint.IO;
using CertLint.X509.Chains;

namespace CertLint.Conversion;

/// <summary>
/// Links each certificate of a bundle to its issuer among the others with the one issuer matcher
/// (<see cref="IssuerMatcher"/>: name, key identifiers, signature; signature verdicts cached per pair), then breaks
/// cross-signed loops and lays the trees out leaf-first. A name match whose key does not verify is not a link.
/// </summary>
public static class ChainBuilder
{
    public static ChainGraph Build(IReadOnlyList<BundleCertificate> unique, SignatureCache? signatures = null)
    {
        // A view, not a list of models: the matcher reads a certificate when it tries it (BundleCertificate.Certificate).
        var models = new Projected<BundleCertificate, Certificate>(unique, c => c.Certificate);
        var matcher = new IssuerMatcher(models, signatures: signatures);
        // Signature checks dominate (a 10,000-certificate bundle is 10,000 verifications) and are independent.
        var findings = new IssuerFinding[unique.Count];
        Work.For(unique.Count, i =>
        {
            var match = matcher.Match(unique[i].Certificate);
            findings[i] = new IssuerFinding(match.Status, match.PositionIn(models) is var at and >= 0 ? unique[at] : null, match.Reason);
        });
        var issuers = new Dictionary<int, IssuerFinding>(unique.Count);
        for (var i = 0; i < unique.Count; i++)
        {
            issuers[unique[i].Index] = findings[i];
        }
        BreakCycles(unique, issuers);
        return new ChainGraph(unique, issuers, ChainOrdering.Trees(unique, issuers));
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
