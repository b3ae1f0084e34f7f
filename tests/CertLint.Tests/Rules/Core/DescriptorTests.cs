using System.Text.RegularExpressions;
using CertLint.Rules;

namespace CertLint.Tests.Rules.Core;

/// <summary>The descriptors of this area's rules (core RFC 5280 fields and chain) are complete and well-formed.</summary>
public partial class DescriptorTests
{
    [GeneratedRegex(@"^(rfc5280|chain)(\.[a-z0-9]+(-[a-z0-9]+)*)+$")]
    private static partial Regex IdPattern();

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in CoreRuleTests.Cases.Select(row => (string)row[0]).Concat(CertLint.Rules.Chain.ChainPack.Rules.Select(r => r.Descriptor.Id)))
        {
            data.Add(id);
        }
        return data;
    }

    /// <summary>Chain rules that judge the issuer the engine found; the others find their own candidate in the chain.</summary>
    private static readonly HashSet<string> NeedsGivenIssuer =
    [
        "chain.signature-invalid", "chain.issuer-not-ca", "chain.issuer-missing-key-cert-sign", "chain.issuer-validity-not-covering",
        "chain.signature-algorithm-key-mismatch",
    ];

    [Theory]
    [MemberData(nameof(Ids))]
    public void DescriptorIsComplete(string id)
    {
        var d = RuleRegistry.Find(id)!.Descriptor;
        Assert.Matches(IdPattern(), d.Id);
        foreach (var (name, text) in new[] { ("Title", d.Title), ("Source", d.Source), ("Citation", d.Citation), ("Description", d.Description),
                     ("Rationale", d.Rationale), ("Fix", d.Fix), ("Example", d.Example) })
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{id}: {name} is empty");
        }
        Assert.True(d.Rationale.Length >= 80, $"{id}: the rationale should say what breaks and where");
        Assert.NotEqual(CertificateRoles.None, d.AppliesTo);
        if (!id.StartsWith("chain.", StringComparison.Ordinal))
        {
            Assert.False(d.NeedsIssuer, $"{id}: a single-certificate rule must not need the issuer");
        }
        else
        {
            Assert.Equal(NeedsGivenIssuer.Contains(id), d.NeedsIssuer);
        }
    }
}
