namespace CertLint.Conversion;

/// <summary>
/// Lays out issuer trees leaf-first: every certificate comes before its issuer, a path is followed upwards as far
/// as it can go before starting the next leaf, and ties go to input order. Trees follow each other in order of
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
        var ready = new SortedSet<BundleCertificate>(members.Where(m => waiting[m.Index] == 0), Comparer<BundleCertificate>.Create((a, b) => a.Index.CompareTo(b.Index)));
        var order = new List<BundleCertificate>(members.Count);
        BundleCertificate? last = null;
        while (ready.Count > 0)
        {
            var pick = last is not null && parentOf(last) is { } up && ready.Contains(up) ? up : ready.Min!;
            ready.Remove(pick);
            order.Add(pick);
            if (parentOf(pick) is { } parent && --waiting[parent.Index] == 0)
            {
                ready.Add(parent);
            }
            last = pick;
        }
        return order;
    }
}
