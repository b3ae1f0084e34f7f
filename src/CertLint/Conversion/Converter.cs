using CertLint.Input;
using CertLint.IO;

namespace CertLint.Conversion;

/// <summary>
/// Decides what <c>certlint convert</c> writes: reads the bundle, links issuers, orders each chain, applies
/// <c>--only</c> and <c>--dedupe</c>, and reports. Rendering the bytes is <see cref="OutputRenderer"/>'s job.
/// </summary>
public static class Converter
{
    public static (ConversionPlan? Plan, IReadOnlyList<ConversionError> Errors) Plan(IReadOnlyList<InputResult> inputs, ConvertOptions options)
    {
        var (bundle, errors) = BundleReader.Read(inputs, options);
        if (bundle is null)
        {
            return (null, errors);
        }
        var unique = bundle.Certificates.DistinctBy(c => c.Sha256).ToList();
        var graph = ChainBuilder.Build(unique);
        // Checking signatures leaves garbage among the decoded certificates; the plan below is laid on top of it.
        // Convert of 230,001 minimal certificates peaks at 908 MiB with this compaction and 961 MiB without.
        LargeInput.CompactBetweenPhases(unique.Count);
        var chains = options.Order switch
        {
            ChainOrder.LeafFirst => graph.Trees.Select(t => t.LeafFirst).ToList(),
            ChainOrder.RootFirst => graph.Trees.Select(t => (IReadOnlyList<BundleCertificate>)t.LeafFirst.Reverse().ToList()).ToList(),
            _ => [unique],
        };
        if (options.Only != Selection.All)
        {
            var role = options.Only switch { Selection.Leaf => ChainRole.Leaf, Selection.Chain => ChainRole.Intermediate, _ => ChainRole.Root };
            chains = chains.Select(chain => (IReadOnlyList<BundleCertificate>)chain.Where(c => graph.RoleOf(c) == role).ToList()).Where(chain => chain.Count > 0).ToList();
            if (chains.Count == 0)
            {
                return (null, [new ConversionError(null, $"--only {ConvertOptionNames.Name(ConvertOptionNames.Selections, options.Only)} selects no certificate: the input holds {RoleCounts(graph)}")]);
            }
        }
        if (!options.Dedupe && unique.Count < bundle.Certificates.Count)
        {
            var copies = bundle.Certificates.ToLookup(c => c.Sha256, StringComparer.Ordinal);
            chains = chains.Select(chain => WithCopies(chain, copies, options.Order == ChainOrder.AsIs)).ToList();
        }
        var written = chains.SelectMany(c => c).ToList();
        var crls = options.IncludeCrls ? bundle.Crls : [];
        var report = new ConversionReport
        {
            Inputs = bundle.Inputs,
            CertificatesRead = bundle.Certificates.Count,
            UniqueCertificates = unique.Count,
            Chains = graph.Trees.Count,
            // Labels are made only for what the report prints (the first few): 230,000 of them twice were 60 MB.
            FoundOrder = new Labels(bundle.Certificates),
            WrittenOrder = new Projected<IReadOnlyList<BundleCertificate>, IReadOnlyList<string>>(chains, chain => new Labels(chain)),
            OrderName = ConvertOptionNames.Name(ConvertOptionNames.Orders, options.Order),
            CrlsWritten = crls.Count,
        };
        BundleWarnings.Add(report, bundle, graph, options);
        return (new ConversionPlan(written, crls, report), []);
    }

    private sealed class Labels(IReadOnlyList<BundleCertificate> certificates) : Projected<BundleCertificate, string>(certificates, c => c.Label);

    /// <summary>Puts back the copies of duplicated certificates: in input order for as-is, else right after the first copy.</summary>
    private static IReadOnlyList<BundleCertificate> WithCopies(IReadOnlyList<BundleCertificate> chain, ILookup<string, BundleCertificate> copies, bool asIs)
    {
        var all = chain.SelectMany(c => copies[c.Sha256]);
        return (asIs ? all.OrderBy(c => c.Index) : all).ToList();
    }

    private static string RoleCounts(ChainGraph graph)
    {
        var roles = graph.Unique.GroupBy(graph.RoleOf).ToDictionary(g => g.Key, g => g.Count());
        string Of(ChainRole role, string name) => ConversionReport.Count(roles.GetValueOrDefault(role), name);
        return $"{Of(ChainRole.Leaf, "leaf")}, {Of(ChainRole.Intermediate, "intermediate")}, {Of(ChainRole.Root, "root")}".Replace("leafs", "leaves");
    }
}
