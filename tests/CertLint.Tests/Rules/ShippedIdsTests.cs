using CertLint.Catalogue;
using CertLint.Rules.Engine;

namespace CertLint.Tests.Rules;

/// <summary>
/// Rule IDs are promises to users' profiles, baselines and scripts (as Roslyn's AnalyzerReleases.Shipped.md): an ID in
/// rules/shipped-ids.txt must stay in the catalogue for ever, and a new ID is declared in rules/unshipped-ids.txt
/// until a release moves it over.
/// </summary>
public class ShippedIdsTests
{
    private static IReadOnlyList<string> Listed(string file) =>
        File.ReadAllLines(Path.Combine(Fixtures.RepoRoot, "rules", file))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();

    private static HashSet<string> CatalogueIds() =>
        DocumentedRules.Catalog.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void NoShippedIdHasLeftTheCatalogue()
    {
        var catalogue = CatalogueIds();
        var gone = Listed("shipped-ids.txt").Where(id => !catalogue.Contains(id)).ToList();
        Assert.True(gone.Count == 0, "shipped rule IDs were renamed or removed (keep the old ID): " + string.Join(", ", gone));
    }

    [Fact]
    public void EveryCatalogueIdIsDeclaredShippedOrUnshipped()
    {
        var declared = Listed("shipped-ids.txt").Concat(Listed("unshipped-ids.txt")).ToHashSet(StringComparer.Ordinal);
        var undeclared = CatalogueIds().Where(id => !declared.Contains(id)).Order(StringComparer.Ordinal).ToList();
        Assert.True(undeclared.Count == 0, "add these new rule IDs to rules/unshipped-ids.txt: " + string.Join(", ", undeclared));
    }

    [Fact]
    public void NoIdIsListedTwice()
    {
        var all = Listed("shipped-ids.txt").Concat(Listed("unshipped-ids.txt")).ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
    }
}
