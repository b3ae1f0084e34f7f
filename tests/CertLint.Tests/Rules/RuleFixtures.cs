using CertLint.Rules;
using CertLint.Rules.Engine;

namespace CertLint.Tests.Rules;

/// <summary>
/// Picks a rule's fixtures by its ID from the file names (fixtures/README.md, "Naming"), so a rule table is not kept
/// by hand: in a fixture folder, <c>RULE-ID.der</c> or <c>RULE-ID.VARIANT.der</c> is made to fire RULE-ID,
/// <c>RULE-ID.quiet.der</c> is a near miss that must not fire it, and <c>good-*.der</c> conforms to every rule.
/// </summary>
public static class RuleFixtures
{
    /// <summary>A fixture named after a rule: its path under fixtures/, the rule ID, and whether it is the quiet near miss.</summary>
    public sealed record Named(string Fixture, string RuleId, bool Quiet);

    private static readonly HashSet<string> Ids = RuleCatalog.Default.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The rule a file is named after: the longest rule ID that is the whole name or its start up to a dot (rule
    /// IDs contain dots, so "rfc5280.ext.san.empty-name.der" is rfc5280.ext.san.empty-name, not rfc5280.ext.san.empty);
    /// null when the name starts with no rule ID.
    /// </summary>
    public static Named? Parse(string folder, string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var id = stem;
        while (!Ids.Contains(id))
        {
            var dot = id.LastIndexOf('.');
            if (dot < 0)
            {
                return null;
            }
            id = id[..dot];
        }
        var variant = stem[id.Length..].TrimStart('.');
        return new Named($"{folder}/{fileName}", id, variant == "quiet" || variant.StartsWith("quiet.", StringComparison.Ordinal));
    }

    /// <summary>The certificate files (*.der) of the folders, as paths under fixtures/, in ordinal order.</summary>
    public static IEnumerable<string> Files(params string[] folders) =>
        folders.SelectMany(folder => Directory.EnumerateFiles(Fixtures.Path(folder), "*.der")
                .Select(path => $"{folder}/{Path.GetFileName(path)}"))
            .Order(StringComparer.Ordinal);

    /// <summary>Every fixture of the folders named after a rule.</summary>
    public static IEnumerable<Named> All(params string[] folders) =>
        Files(folders).Select(f => Parse(f[..f.IndexOf('/')], f[(f.IndexOf('/') + 1)..])).OfType<Named>();

    /// <summary>(rule ID, fixture) for every fixture of the folders made to fire a rule.</summary>
    public static TheoryData<string, string> Firing(params string[] folders) => Pairs(All(folders).Where(n => !n.Quiet));

    /// <summary>(rule ID, fixture) for every near miss of the folders.</summary>
    public static TheoryData<string, string> NearMisses(params string[] folders) => Pairs(All(folders).Where(n => n.Quiet));

    /// <summary>The conforming fixtures (good-*.der) of the folders.</summary>
    public static TheoryData<string> Good(params string[] folders)
    {
        var data = new TheoryData<string>();
        foreach (var f in Files(folders).Where(f => Path.GetFileName(f).StartsWith("good-", StringComparison.Ordinal)))
        {
            data.Add(f);
        }
        return data;
    }

    /// <summary>Files of the folders that follow neither convention (none may).</summary>
    public static IEnumerable<string> Unnamed(params string[] folders) =>
        Files(folders).Where(f => !Path.GetFileName(f).StartsWith("good-", StringComparison.Ordinal)
            && Parse(f[..f.IndexOf('/')], f[(f.IndexOf('/') + 1)..]) is null);

    /// <summary>The rules that have a fixture in the folders.</summary>
    public static IEnumerable<IRule> RulesOf(params string[] folders) =>
        All(folders).Select(n => n.RuleId).Distinct().Select(RuleTestKit.Rule);

    private static TheoryData<string, string> Pairs(IEnumerable<Named> named)
    {
        var data = new TheoryData<string, string>();
        foreach (var n in named)
        {
            data.Add(n.RuleId, n.Fixture);
        }
        return data;
    }
}
