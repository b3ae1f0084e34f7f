namespace CertLint.Rules.Engine;

/// <summary>
/// Which rules looked at one certificate: a bit per enabled rule plus the IDs of finding sources that reported on
/// it. A bundle of 160,000 certificates held a 150-entry list each (over 300 MB); a bit set is 24 bytes.
/// </summary>
internal sealed class RulesRunSet(int ruleCount)
{
    private readonly ulong[] _rules = new ulong[(ruleCount + 63) / 64];
    private List<string>? _sourceRules;

    public void AddRule(int index) => _rules[index / 64] |= 1UL << (index % 64);

    public void AddSourceRule(string id) => (_sourceRules ??= []).Add(id);

    /// <summary>A key equal for equal sets, so identical certificates share one list in the report.</summary>
    public string Key() =>
        string.Join(",", _rules.Select(word => word.ToString("x16", System.Globalization.CultureInfo.InvariantCulture))) +
        (_sourceRules is null ? "" : "|" + string.Join(",", _sourceRules));

    /// <summary>The rule IDs in rule order (<paramref name="rules"/>: the descriptors of the engine's rules), then the finding sources' rule IDs, each once.</summary>
    public IReadOnlyList<string> Ids(IReadOnlyList<RuleDescriptor> rules)
    {
        var ids = new List<string>();
        for (var i = 0; i < rules.Count; i++)
        {
            if ((_rules[i / 64] & (1UL << (i % 64))) != 0)
            {
                ids.Add(rules[i].Id);
            }
        }
        if (_sourceRules is not null)
        {
            ids.AddRange(_sourceRules);
        }
        return _sourceRules is null ? ids : [.. ids.Distinct(StringComparer.Ordinal)];
    }
}
