using CertLint.X509.Chains;

namespace CertLint.Conversion;

/// <summary>
/// Lays out issuer trees leaf-first: every certificate comes before its issuer; after a certificate comes its
/// issuer if nothing else it issued is still to come, else its next sibling, else the next ready certificate
/// (end-entity ones first, then input order). So a path is followed upwards as far as it can go, and the
/// certificates one CA issued stay together, followed by that CA. Trees follow each other in order of
/// their first certificate in the input.
/// </summary>
internal static class ChainOrdering
{
    public static IReadOnlyList<ChainTree> Trees(IReadOnlyList<BundleCertificate> unique, IReadOnlyDictionary<int, IssuerFinding> issuers)
    {
        BundleCertificate? ParentOf(BundleCertificate c) =>
            issuers[c.Index] is { Status: IssuerStatus.Verified or IssuerStatus.NameOnly, Issuer: { } p } ? p : null;

        var children = unique.ToDictionary(c => c.Index, _ => new List<BundleCertificate>());
        foreach (var certificate in unique)
        {
            if (ParentOf(certificate) is { } parent)
            {
                children[parent.Index].Add(certificate);
            }
        }
        var trees = new List<(int First, ChainTree Tree)>();
        foreach (var top in unique.Where(c => ParentOf(c) is null))
        {
            var members = Members(top, children);
            trees.Add((members.Min(m => m.Index), new ChainTree(top, LeafFirst(members, children, ParentOf))));
        }
        return trees.OrderBy(t => t.First).Select(t => t.Tree).ToList();
    }

    private static List<BundleCertificate> Members(BundleCertificate top, Dictionary<int, List<BundleCertificate>> children)
    {
        var members = new List<BundleCertificate>();
        var stack = new Stack<BundleCertificate>([top]);
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            members.Add(next);
            foreach (var child in children[next.Index])
            {
                stack.Push(child);
            }
        }
        return members;
    }

    private static List<BundleCertificate> LeafFirst(List<BundleCertificate> members, Dictionary<int, List<BundleCertificate>> children, Func<BundleCertificate, BundleCertificate?> parentOf)
    {
        var waiting = members.ToDictionary(m => m.Index, m => children[m.Index].Count);
        // Among certificates ready to go, end-entity ones first: a CA that issued nothing here is not the leaf.
        var byRank = Comparer<BundleCertificate>.Create((a, b) => a.IsCa != b.IsCa ? (a.IsCa ? 1 : -1) : a.Index.CompareTo(b.Index));
        var ready = new SortedSet<BundleCertificate>(byRank);
        // Ready certificates by issuer, so siblings are written together and their issuer follows them.
        var readyUnder = new Dictionary<int, SortedSet<BundleCertificate>>();
        void MakeReady(BundleCertificate certificate)
        {
            ready.Add(certificate);
            if (parentOf(certificate) is { } parent)
            {
                if (!readyUnder.TryGetValue(parent.Index, out var siblings))
                {
                    readyUnder[parent.Index] = siblings = new SortedSet<BundleCertificate>(byRank);
                }
                siblings.Add(certificate);
            }
        }
        foreach (var member in members.Where(m => waiting[m.Index] == 0))
        {
            MakeReady(member);
        }
        var order = new List<BundleCertificate>(members.Count);
        BundleCertificate? last = null;
        while (ready.Count > 0)
        {
            var up = last is null ? null : parentOf(last);
            var pick = up is not null && ready.Contains(up) ? up
                : up is not null && readyUnder.TryGetValue(up.Index, out var siblings) && siblings.Count > 0 ? siblings.Min!
                : ready.Min!;
            ready.Remove(pick);
            if (parentOf(pick) is { } parent)
            {
                readyUnder[parent.Index].Remove(pick);
                if (--waiting[parent.Index] == 0)
                {
                    MakeReady(parent);
                }
            }
            order.Add(pick);
            last = pick;
        }
        return order;
    }
}
