using CertLint.Input;

namespace CertLint.Tests.Architecture;

/// <summary>The layer map of src/CertLint/README.md holds for the compiled CertLint.Core assembly.</summary>
public class LayerMapTests
{
    private static readonly Lazy<TypeDependencies> Core = new(() => TypeDependencies.Of(typeof(InputDecoder).Assembly));

    private static LayerMap Map() =>
        LayerMap.Parse(File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "src", "CertLint", "README.md")));

    [Fact]
    public void EveryTypeOfTheLibraryBelongsToAFolderOfTheMap()
    {
        var map = Map();
        var unmapped = Core.Value.Types.Where(t => t.StartsWith("CertLint.", StringComparison.Ordinal) && map.LayerOf(t) is null).ToList();
        Assert.True(unmapped.Count == 0, "types in no folder of the layer map (add their namespace to src/CertLint/README.md): " + string.Join(", ", unmapped));
    }

    [Fact]
    public void NoFolderUsesOneTheMapDoesNotAllow()
    {
        var (violations, _) = Map().Check(Core.Value.Edges);
        Assert.True(violations.Count == 0, "forbidden dependencies (fix the code; the layer map and its exceptions are in src/CertLint/README.md):\n" + string.Join("\n", violations));
    }

    [Fact]
    public void EveryListedExceptionStillOccurs()
    {
        var (_, unused) = Map().Check(Core.Value.Edges);
        Assert.True(unused.Count == 0, "known exceptions that no longer occur: remove them from src/CertLint/README.md: " +
            string.Join("; ", unused.Select(x => $"{x.From} -> {x.To}")));
    }

    [Fact]
    public void TheLibraryDoesNoConsoleIoAndKnowsNothingOfTheCommandLine()
    {
        Assert.DoesNotContain("System.Console", Core.Value.ExternalTypes);
        Assert.DoesNotContain("certlint", Core.Value.AssemblyReferences);
        Assert.DoesNotContain("CommandLine", Core.Value.AssemblyReferences);
    }

    [Fact]
    public void TheScanSeesAUseInAStaticInitializer()
    {
        // DocumentedRules creates the Mbed TLS finding source in a static property initializer (compiled into the
        // static constructor): the metadata scan must see that use.
        Assert.Contains(Core.Value.Edges, e => e.From == "CertLint.Catalogue.DocumentedRules" && e.To.StartsWith("CertLint.Targets.MbedTls.Lint.", StringComparison.Ordinal));
    }

    [Fact]
    public void TheRuleEngineDoesNotUseTheReportWriters()
    {
        // The report model the engine returns lives beside it in Rules/Engine; Reports/ only writes it.
        Assert.DoesNotContain(Core.Value.Edges, e => e.From.StartsWith("CertLint.Rules.", StringComparison.Ordinal) && e.To.StartsWith("CertLint.Reports.", StringComparison.Ordinal));
        Assert.Equal("Rules", Map().LayerOf(typeof(CertLint.Rules.Engine.FileReport).FullName!)!.Name);
    }

    [Fact]
    public void ACheckWithANarrowerMapReportsTheForbiddenUse()
    {
        var map = Map();
        var narrower = new LayerMap([.. map.Layers.Select(l => l.Name == "Reports" ? l with { MayUse = l.MayUse.Where(u => u != "Rules").ToHashSet() } : l)], []);
        var (violations, _) = narrower.Check(Core.Value.Edges);
        Assert.Contains(violations, v => v.StartsWith("CertLint.Reports.", StringComparison.Ordinal) && v.Contains(" uses CertLint.Rules.Engine.FileReport (Rules/)", StringComparison.Ordinal));
    }

    [Fact]
    public void ParsesTheMapAndMatchesNamespacesByLongestPrefix()
    {
        const string markdown = """
            # x
            ## Layer map
            | Folder | Namespaces | May use |
            |---|---|---|
            | `A/` | `N.A` | |
            | `B/` | `N.B`, `N.Other` | A |
            | `C/` | `N.B.C` | B |

            | From | To | Reason |
            |---|---|---|
            | `N.A.T` | `N.B.*` | known |
            ## Next
            """;
        var map = LayerMap.Parse(markdown);
        Assert.Equal("C", map.LayerOf("N.B.C.Deep.T")!.Name);
        Assert.Equal("B", map.LayerOf("N.Other.T")!.Name);
        Assert.Null(map.LayerOf("N.Elsewhere.T"));
        var (violations, unused) = map.Check([("N.B.T", "N.A.U"), ("N.A.T", "N.B.C.U"), ("N.A.V", "N.B.U"), ("N.B.C.T", "N.A.U")]);
        Assert.Equal(["N.A.V (A/) uses N.B.U (B/), which the layer map does not allow", "N.B.C.T (C/) uses N.A.U (A/), which the layer map does not allow"], violations);
        Assert.Empty(unused);
    }
}
