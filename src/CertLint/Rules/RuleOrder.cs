using System.Runtime.CompilerServices;

namespace CertLint.Rules;

/// <summary>
/// Rules in ID order with each rule's descriptor read once, at one call site. In Native AOT every interface call site
/// has its own cache of the types it has met, and each first meeting costs a lookup: with some 160 rule classes, every
/// further place that read <see cref="IRule.Descriptor"/> (sorts, the catalogue, the profile filter, the engine, the
/// report's rule list) cost a one-certificate `lint` about 0.2 ms at start-up (issue 15). The engine keeps the
/// descriptors beside the rules instead.
/// </summary>
public static class RuleOrder
{
    /// <summary>The one call site that reads <see cref="IRule.Descriptor"/> for lists of rules (not inlined, so it stays one site).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static RuleDescriptor DescriptorOf(IRule rule) => rule.Descriptor;

    /// <summary>The rules sorted by ordinal ID, with their descriptors in the same order (equal IDs stay, in no defined order).</summary>
    public static (IRule[] Rules, RuleDescriptor[] Descriptors) ById(IReadOnlyList<IRule> rules)
    {
        var descriptors = new RuleDescriptor[rules.Count];
        var ids = new string[rules.Count];
        var order = new int[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            descriptors[i] = DescriptorOf(rules[i]);
            ids[i] = descriptors[i].Id;
            order[i] = i;
        }
        Array.Sort(ids, order, StringComparer.Ordinal);
        var sortedRules = new IRule[order.Length];
        var sortedDescriptors = new RuleDescriptor[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sortedRules[i] = rules[order[i]];
            sortedDescriptors[i] = descriptors[order[i]];
        }
        return (sortedRules, sortedDescriptors);
    }
}
