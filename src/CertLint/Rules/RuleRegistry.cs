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
        var sorted = new List<IRule>(rules);
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.Descriptor.Id, b.Descriptor.Id));
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Descriptor.Id == sorted[i - 1].Descriptor.Id)
            {
                throw Engine.RuleCatalog.DeclaredTwice(rules.Select(r => r.Descriptor));
            }
        }
        return sorted;
    });

    public static IReadOnlyList<IRule> All => AllRules.Value;

    /// <summary>Every CRL rule (RFC 5280 section 5 and the CRL issuer checks), sorted by ID.</summary>
    public static IReadOnlyList<ICrlRule> Crl { get; } = [.. Rfc5280.CrlPack.Rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)];

    public static IRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase));
}
