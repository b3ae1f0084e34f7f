using System.Globalization;
using CertLint.Data;
using CertLint.Yaml;

namespace CertLint.Tls.Stacks;

public sealed record NamedGroup(string Name, int Code, string Kind, string? CurveOid, IReadOnlyList<string> Aliases)
{
    /// <summary>True for the curves a certificate key can be on (not X25519/X448, not finite-field groups).</summary>
    public bool IsCertificateCurve => Kind == "ec";
}

/// <summary>rules/tls/groups.yaml: TLS supported groups by name, alias, code ("0x0017") or curve OID.</summary>
public static class NamedGroups
{
    private static readonly Lazy<IReadOnlyList<NamedGroup>> Groups = new(Load);

    public static IReadOnlyList<NamedGroup> All => Groups.Value;

    public static NamedGroup Find(string nameOrCode) =>
        TryFind(nameOrCode) ?? throw new FormatException(
            $"unknown group '{nameOrCode}'; known: {string.Join(", ", All.Select(g => g.Name))}");

    public static NamedGroup? TryFind(string nameOrCode)
    {
        var text = nameOrCode.Trim();
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
        {
            return All.FirstOrDefault(g => g.Code == code);
        }

        return All.FirstOrDefault(g => g.Name.Equals(text, StringComparison.OrdinalIgnoreCase)
            || g.Aliases.Any(a => a.Equals(text, StringComparison.OrdinalIgnoreCase)));
    }

    public static NamedGroup? ByCurveOid(string oid) => All.FirstOrDefault(g => g.CurveOid == oid);

    public static NamedGroup? ByCode(int code) => All.FirstOrDefault(g => g.Code == code);

    private static IReadOnlyList<NamedGroup> Load()
    {
        var doc = CertLintYamlContext.Deserializer().Deserialize<GroupDocument>(EmbeddedData.ReadText("tls/groups.yaml"));
        return doc.Groups.Select(g => new NamedGroup(g.Name, ParseHex(g.Code), g.Kind,
            string.IsNullOrEmpty(g.Oid) ? null : g.Oid, g.Aliases)).ToList();
    }

    internal static int ParseHex(string text) =>
        int.Parse(text.AsSpan(text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? 2 : 0), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}

public class GroupDocument
{
    public List<GroupEntry> Groups { get; set; } = [];
}

public class GroupEntry
{
    public string Name { get; set; } = "";
    public string Code { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Oid { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
}
