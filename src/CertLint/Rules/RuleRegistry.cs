namespace CertLint.Rules;

/// <summary>
/// Every rule, listed in code (no reflection scan, so Native AOT keeps them). Add a rule by adding one line to
/// the list of its pack file (e.g. Rfc5280Pack.cs).
/// </summary>
public static class RuleRegistry
{
    private static readonly Lazy<IReadOnlyList<IRule>> AllRules = new(() =>
    {
        var rules = new List<IRule>();
        rules.AddRange(Rfc5280.Rfc5280Pack.Rules);
        rules.AddRange(Iot.IotPack.Rules);
        rules.AddRange(Chain.ChainPack.Rules);
        var (sorted, descriptors) = RuleOrder.ById(rules);
        for (var i = 1; i < descriptors.Length; i++)
        {
            if (descriptors[i].Id == descriptors[i - 1].Id)
            {
                throw Engine.RuleCatalog.DeclaredTwice(rules.Select(RuleOrder.DescriptorOf));
            }
        }
        return sorted;
    });

    public static IReadOnlyList<IRule> All => AllRules.Value;

    /// <summary>Every CRL rule (RFC 5280 section 5 and the CRL issuer checks), sorted by ID.</summary>
    public static IReadOnlyList<ICrlRule> Crl => CrlRules.Value;

    private static readonly Lazy<ICrlRule[]> CrlRules = new(() => SortedById(Rfc5280.CrlPack.Rules));

    /// <summary>CRL rules sorted by ordinal ID, each descriptor read once (equal IDs stay, in no defined order).</summary>
    internal static ICrlRule[] SortedById(IReadOnlyList<ICrlRule> rules)
    {
        var ids = new string[rules.Count];
        var sorted = new ICrlRule[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            sorted[i] = rules[i];
            ids[i] = rules[i].Descriptor.Id;
        }
        Array.Sort(ids, sorted, StringComparer.Ordinal);
        return sorted;
    }

    public static IRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase));
}
