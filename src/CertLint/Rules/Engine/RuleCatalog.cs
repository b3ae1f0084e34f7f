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
        var pack = packRules.ToList();
        CrlRules = [.. (crlRules ?? []).OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)];
        var decoder = DecoderDiagnosticRules.For(pack.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal));
        Rules = [.. pack.Concat(decoder).OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)];
        Sources = [.. sources];
        var descriptors = Rules.Select(r => r.Descriptor)
            .Concat(CrlRules.Select(r => r.Descriptor))
            .Concat(EngineRules.All)
            .Concat(Sources.SelectMany(s => s.Descriptors))
            .Concat(documentedOnly ?? [])
            .ToList();
        var duplicate = descriptors.GroupBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"rule ID '{duplicate.Key}' is declared twice");
        }
        Descriptors = [.. descriptors.OrderBy(d => d.Id, StringComparer.Ordinal)];
        _byId = Descriptors.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, RuleDescriptor> _byId;

    /// <summary>Rules checked per certificate (packs and decoder diagnostics), sorted by ID.</summary>
    public IReadOnlyList<IRule> Rules { get; }
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
