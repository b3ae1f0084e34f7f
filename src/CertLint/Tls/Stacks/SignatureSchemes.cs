using CertLint.Data;
using CertLint.Yaml;

namespace CertLint.Tls.Stacks;

/// <summary>A TLS SignatureScheme (TLS 1.3) / hash-and-signature pair (TLS 1.2); they share code points.</summary>
public sealed record SignatureScheme(string Name, int Code, string Signature, string Hash, string? Curve, bool Legacy)
{
    public string CodeHex => $"0x{Code:X4}";
}

/// <summary>rules/tls/signature-schemes.yaml, looked up by name or code ("0x0403").</summary>
public static class SignatureSchemes
{
    private static readonly Lazy<IReadOnlyList<SignatureScheme>> Schemes = new(Load);

    public static IReadOnlyList<SignatureScheme> All => Schemes.Value;

    public static SignatureScheme Find(string nameOrCode)
    {
        var text = nameOrCode.Trim();
        var found = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? All.FirstOrDefault(s => s.Code == NamedGroups.ParseHex(text))
            : All.FirstOrDefault(s => s.Name.Equals(text, StringComparison.OrdinalIgnoreCase));
        return found ?? throw new FormatException(
            $"unknown signature algorithm '{nameOrCode}'; known: {string.Join(", ", All.Select(s => s.Name))}");
    }

    private static IReadOnlyList<SignatureScheme> Load()
    {
        var doc = CertLintYamlContext.Deserializer().Deserialize<SignatureSchemeDocument>(EmbeddedData.ReadText("tls/signature-schemes.yaml"));
        return doc.Schemes.Select(s => new SignatureScheme(s.Name, NamedGroups.ParseHex(s.Code), s.Signature, s.Hash,
            string.IsNullOrEmpty(s.Curve) ? null : s.Curve, s.Legacy)).ToList();
    }
}

public class SignatureSchemeDocument
{
    public List<SignatureSchemeEntry> Schemes { get; set; } = [];
}

public class SignatureSchemeEntry
{
    public string Name { get; set; } = "";
    public string Code { get; set; } = "";
    public string Signature { get; set; } = "";
    public string Hash { get; set; } = "";
    public string Curve { get; set; } = "";
    public bool Legacy { get; set; }
}
