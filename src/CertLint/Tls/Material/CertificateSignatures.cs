using CertLint.Data;
using CertLint.Yaml;

namespace CertLint.Tls.Material;

/// <summary>rules/tls/certificate-signatures.yaml: a certificate signature OID as (signature kind, hash).</summary>
public static class CertificateSignatures
{
    private static readonly Lazy<IReadOnlyDictionary<string, SignatureEntry>> Table = new(() =>
        CertLintYamlContext.Deserializer().Deserialize<SignatureDocument>(EmbeddedData.ReadText("tls/certificate-signatures.yaml"))
            .Signatures.ToDictionary(s => s.Oid));

    public static (string Kind, string Hash)? Lookup(string oid) =>
        Table.Value.TryGetValue(oid, out var entry) ? (entry.Signature, entry.Hash) : null;
}

public class SignatureDocument
{
    public List<SignatureEntry> Signatures { get; set; } = [];
}

public class SignatureEntry
{
    public string Oid { get; set; } = "";
    public string Signature { get; set; } = "";
    public string Hash { get; set; } = "";
}
