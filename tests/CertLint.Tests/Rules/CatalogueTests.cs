using System.Text.RegularExpressions;
using CertLint.Catalogue;
using CertLint.Rules;
using CertLint.Rules.Engine;

namespace CertLint.Tests.Rules;

/// <summary>
/// One test over the whole catalogue (packs, decoder, engine and finding-source rules alike): every descriptor that
/// `rules list`, `rules explain`, RULES.md and the reports read is complete and well-formed.
/// </summary>
public partial class CatalogueTests
{
    [GeneratedRegex(@"^[a-z0-9]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$")]
    private static partial Regex IdPattern();

    /// <summary>tls-check shipped its IDs with underscores (tls.cert.key_usage); shipped IDs are never renamed.</summary>
    [GeneratedRegex(@"^tls(\.[a-z0-9]+(_[a-z0-9]+)*)+$")]
    private static partial Regex TlsIdPattern();

    /// <summary>Chain rules that judge the issuer the engine found; the others find their own candidate in the chain.</summary>
    private static readonly HashSet<string> NeedsGivenIssuer =
    [
        "chain.signature-invalid", "chain.issuer-not-ca", "chain.issuer-missing-key-cert-sign", "chain.issuer-validity-not-covering",
        "chain.signature-algorithm-key-mismatch", "chain.crl-signature-invalid", "chain.crl-issuer-missing-crl-sign",
    ];

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var d in DocumentedRules.Catalog.Descriptors)
        {
            data.Add(d.Id);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void DescriptorIsComplete(string id)
    {
        var d = DocumentedRules.Catalog.Find(id)!;
        Assert.Matches(d.Id.StartsWith("tls.", StringComparison.Ordinal) ? TlsIdPattern() : IdPattern(), d.Id);
        foreach (var (name, text) in new[] { ("Title", d.Title), ("Source", d.Source), ("Citation", d.Citation), ("Description", d.Description),
                     ("Rationale", d.Rationale), ("Fix", d.Fix), ("Example", d.Example) })
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{id}: {name} is empty");
        }
        Assert.NotEqual(CertificateRoles.None, d.AppliesTo);
        Assert.Equal(NeedsGivenIssuer.Contains(id), d.NeedsIssuer);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void RationaleSaysWhatBreaksAndWhere(string id) =>
        Assert.True(DocumentedRules.Catalog.Find(id)!.Rationale.Length >= 80, $"{id}: the rationale should say what breaks and where");
}
