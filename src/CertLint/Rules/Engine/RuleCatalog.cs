using CertLint.Rules.Engine.Decoder;

namespace CertLint.Rules.Engine;

/// <summary>
/// Every rule the engine can report: the registered rule packs, the decoder diagnostic rules, the engine's own
/// rules, the descriptors of any extra finding sources, and descriptors documented beside them (checks that run
/// outside lint, such as tls-check's). The full catalogue is composed in CertLint.Catalogue.DocumentedRules.
/// </summary>
public sealed class RuleCatalog
{
    /// <summary>The rule packs and decoder rules: what `lint` runs unless options add finding sources.</summary>
    public static RuleCatalog Default { get; } = new([]);

    public RuleCatalog(IEnumerable<IFindingSource> sources) : this(RuleRegistry.All, sources, crlRules: RuleRegistry.Crl)
    {
    }

    /// <summary>A catalog over given rule packs (tests use their own rules); decoder and engine rules are always in.</summary>
    public RuleCatalog(IEnumerable<IRule> packRules, IEnumerable<IFindingSource> sources, IEnumerable<RuleDescriptor>? documentedOnly = null,
        IEnumerable<ICrlRule>? crlRules = null)
    {
        // Built at every start of `lint`: plain loops, one sort each, each rule's descriptor read once (RuleOrder).
        var pack = new List<IRule>(packRules);
        var crlSorted = RuleRegistry.SortedById([.. crlRules ?? []]);
        CrlRules = crlSorted;
        var packIds = new HashSet<string>(pack.Count, StringComparer.Ordinal);
        foreach (var rule in pack)
        {
            packIds.Add(RuleOrder.DescriptorOf(rule).Id);
        }
        pack.AddRange(DecoderDiagnosticRules.For(packIds));
        var (rules, ruleDescriptors) = RuleOrder.ById(pack);
        Rules = rules;
        RuleDescriptors = ruleDescriptors;
        Sources = [.. sources];
        var descriptors = new List<RuleDescriptor>(rules.Length + crlSorted.Length + EngineRules.All.Count);
        descriptors.AddRange(ruleDescriptors);
        foreach (var rule in crlSorted)
        {
            descriptors.Add(rule.Descriptor);
        }
        descriptors.AddRange(EngineRules.All);
        foreach (var source in Sources)
        {
            descriptors.AddRange(source.Descriptors);
        }
        descriptors.AddRange(documentedOnly ?? []);
        _byId = new Dictionary<string, RuleDescriptor>(descriptors.Count, StringComparer.Ordinal);
        foreach (var descriptor in descriptors)
        {
            if (!_byId.TryAdd(descriptor.Id, descriptor))
            {
                throw DeclaredTwice(descriptors);
            }
        }
        descriptors.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        Descriptors = descriptors;
    }

    /// <summary>Names the first ID (in declaration order) that is declared more than once.</summary>
    internal static InvalidOperationException DeclaredTwice(IEnumerable<RuleDescriptor> descriptors)
    {
        var duplicate = descriptors.GroupBy(d => d.Id, StringComparer.Ordinal).First(g => g.Count() > 1);
        return new InvalidOperationException($"rule ID '{duplicate.Key}' is declared twice");
    }

    private readonly Dictionary<string, RuleDescriptor> _byId;

    /// <summary>Rules checked per certificate (packs and decoder diagnostics), sorted by ID.</summary>
    public IReadOnlyList<IRule> Rules { get; }
    /// <summary>The descriptors of <see cref="Rules"/>, in the same order (read once; see <see cref="RuleOrder"/>).</summary>
    public IReadOnlyList<RuleDescriptor> RuleDescriptors { get; }
    public IReadOnlyList<IFindingSource> Sources { get; }
    /// <summary>Rules checked per CRL, sorted by ID (the decoder's DER rules run on CRLs too).</summary>
    public IReadOnlyList<ICrlRule> CrlRules { get; }
    /// <summary>Every descriptor, sorted by ID.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    public RuleDescriptor? Find(string id) =>
        _byId.TryGetValue(id, out var exact) ? exact
            : Descriptors.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Rules with a source, for profiles: true for packs and the decoder, false for finding sources (opted in by adding them).</summary>
    public bool IsSourceRule(string id) => Sources.Any(s => s.Descriptors.Any(d => d.Id == id));
}
