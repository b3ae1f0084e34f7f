using System.Text.RegularExpressions;
using CertLint.Rules.Engine;

namespace CertLint.Tests.Rules;

/// <summary>
/// The folders of the rule packs mirror the rule IDs, and every class is named after its ID, so that a rule is found
/// from its ID without a search. Decoder and engine rules are declared in tables, not files, and are not covered here.
/// </summary>
public partial class RuleLayoutTests
{
    private static readonly string RulesRoot = Path.Combine(Fixtures.RepoRoot, "src", "CertLint", "Rules");

    [GeneratedRegex(@"\bId\s*=\s*""([^""]+)""")]
    private static partial Regex IdDeclaration();

    [GeneratedRegex(@"\bclass\s+(\w+)\s*:\s*I(Crl)?Rule\b")]
    private static partial Regex RuleClass();

    /// <summary>Pack folder, relative folder and class name that a rule ID calls for (see src/CertLint/Rules/README.md).</summary>
    public static (string Folder, string ClassName) PlaceOf(string id)
    {
        var segments = id.Split('.');
        var (pack, rest) = (segments[0], segments[1..]);
        var packFolder = Pascal(pack);
        if (pack != "rfc5280")
        {
            var folder = rest.Length > 1 ? Path.Combine(packFolder, Pascal(rest[0])) : packFolder;
            return (folder, packFolder + string.Concat(rest.Select(Pascal)));
        }
        if (rest[0] == "ext")
        {
            return rest.Length == 2
                ? (Path.Combine(packFolder, "Extensions"), "Extension" + Pascal(rest[1]))
                : (Path.Combine(packFolder, "Extensions", Pascal(rest[1])), string.Concat(rest[1..].Select(Pascal)));
        }
        return rest.Length == 1 ? (packFolder, Pascal(rest[0])) : (Path.Combine(packFolder, Pascal(rest[0])), string.Concat(rest.Select(Pascal)));
    }

    private static string Pascal(string segment) =>
        string.Concat(segment.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    public static IEnumerable<(string File, string Id, string ClassName)> RuleFiles() =>
        from file in Directory.EnumerateFiles(RulesRoot, "*.cs", SearchOption.AllDirectories)
        let text = File.ReadAllText(file)
        let classes = RuleClass().Matches(text)
        where classes.Count == 1
        let ids = IdDeclaration().Matches(text)
        select (file, ids.Count == 1 ? ids[0].Groups[1].Value : $"<{ids.Count} IDs>", classes[0].Groups[1].Value);

    [Fact]
    public void EveryRuleFileSitsInTheFolderItsIdNamesAndIsNamedAfterIt()
    {
        var misplaced = new List<string>();
        foreach (var (file, id, className) in RuleFiles())
        {
            var relative = Path.GetRelativePath(RulesRoot, file);
            if (id.StartsWith('<'))
            {
                misplaced.Add($"{relative}: one rule per file, found {id}");
                continue;
            }
            var (folder, expectedClass) = PlaceOf(id);
            var expectedFile = Path.Combine(folder, expectedClass + ".cs");
            if (relative != expectedFile || className != expectedClass)
            {
                misplaced.Add($"{id}: {relative} (class {className}) should be {expectedFile} (class {expectedClass})");
            }
        }
        Assert.True(misplaced.Count == 0, string.Join("\n", misplaced));
    }

    [Fact]
    public void EveryRegisteredPackRuleHasItsOwnFile()
    {
        var inFiles = RuleFiles().Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var packRules = CertLint.Rules.RuleRegistry.All.Select(r => r.Descriptor.Id).Concat(CertLint.Rules.RuleRegistry.Crl.Select(r => r.Descriptor.Id)).ToList();
        var withoutFile = packRules.Where(id => !inFiles.Contains(id)).ToList();
        Assert.True(withoutFile.Count == 0, "registered rules without their own file: " + string.Join(", ", withoutFile));
    }

    [Theory]
    [InlineData("rfc5280.ext.aki.critical", "Rfc5280/Extensions/Aki", "AkiCritical")]
    [InlineData("rfc5280.ext.duplicate", "Rfc5280/Extensions", "ExtensionDuplicate")]
    [InlineData("rfc5280.key.curve25519-448-params-present", "Rfc5280/Key", "KeyCurve25519448ParamsPresent")]
    [InlineData("iot.leaf.ski-present", "Iot/Leaf", "IotLeafSkiPresent")]
    [InlineData("chain.out-of-order", "Chain", "ChainOutOfOrder")]
    public void PlacesFollowTheDocumentedConvention(string id, string folder, string className)
    {
        Assert.Equal((folder.Replace('/', Path.DirectorySeparatorChar), className), PlaceOf(id));
    }
}
