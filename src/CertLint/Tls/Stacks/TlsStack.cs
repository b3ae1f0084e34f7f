using CertLint.Data;
using CertLint.Yaml;

namespace CertLint.Tls.Stacks;

/// <summary>One entry of rules/tls/stacks.yaml: the defaults and rules of "rfc" or an Mbed TLS release line.</summary>
public sealed class TlsStack
{
    private static readonly Lazy<IReadOnlyList<TlsStack>> Stacks = new(Load);

    public required string Name { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<NamedGroup> Groups { get; init; }
    public required IReadOnlyList<SignatureScheme> SigAlgs { get; init; }
    public required IReadOnlyList<string> ProfileHashes { get; init; }
    public required IReadOnlyList<string> ProfileCurves { get; init; }
    public required IReadOnlyList<string> Versions { get; init; }
    public required string SuitesKey { get; init; }
    public required bool ServerChecksCurve { get; init; }
    public required bool RfcStrict { get; init; }
    public required bool EdDsa { get; init; }
    public required IReadOnlyDictionary<string, string> Cites { get; init; }

    public static IReadOnlyList<TlsStack> All => Stacks.Value;

    public static TlsStack Rfc => Find("rfc");

    public static TlsStack Find(string name) =>
        All.FirstOrDefault(s => s.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new FormatException($"unknown target '{name}'; known: {string.Join(", ", All.Where(s => s.Name != "rfc").Select(s => s.Name))}");

    /// <summary>What this stack reports when <paramref name="ruleId"/> fails for a certificate in <paramref name="role"/>.</summary>
    public string? Cite(string ruleId, TlsRole role) =>
        Cites.TryGetValue($"{ruleId}@{role.ToString().ToLowerInvariant()}", out var text) ? text : null;

    private static IReadOnlyList<TlsStack> Load()
    {
        var doc = CertLintYamlContext.Deserializer().Deserialize<StackDocument>(EmbeddedData.ReadText("tls/stacks.yaml"));
        return doc.Stacks.Select(s => new TlsStack
        {
            Name = s.Name,
            Title = s.Title,
            Groups = s.Groups.Select(NamedGroups.Find).ToList(),
            SigAlgs = s.SigAlgs.Select(SignatureSchemes.Find).ToList(),
            ProfileHashes = s.ProfileHashes,
            ProfileCurves = s.ProfileCurves,
            Versions = s.Versions,
            SuitesKey = s.SuitesKey,
            ServerChecksCurve = s.ServerChecksCurve,
            RfcStrict = s.RfcStrict,
            EdDsa = s.Eddsa,
            Cites = s.Cites,
        }).ToList();
    }
}

public class StackDocument
{
    public List<StackEntry> Stacks { get; set; } = [];
}

public class StackEntry
{
    public string Name { get; set; } = "";
    public string Title { get; set; } = "";
    public List<string> Groups { get; set; } = [];
    public List<string> SigAlgs { get; set; } = [];
    public List<string> ProfileHashes { get; set; } = [];
    public List<string> ProfileCurves { get; set; } = [];
    public List<string> Versions { get; set; } = [];
    public string SuitesKey { get; set; } = "";
    public bool ServerChecksCurve { get; set; }
    public bool RfcStrict { get; set; }
    public bool Eddsa { get; set; }
    public Dictionary<string, string> Cites { get; set; } = [];
}
