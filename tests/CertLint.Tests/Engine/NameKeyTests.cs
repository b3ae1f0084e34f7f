using CertLint.X509;
using CertLint.X509.Chains;

namespace CertLint.Tests.Engine;

/// <summary>NameKey's shortcuts (the per-thread memo of the last names, Equal's early answers) give what a fresh key gives.</summary>
public class NameKeyTests
{
    /// <summary>Subjects and issuers of fixture certificates: equal and unequal pairs, case and space variants, several shapes.</summary>
    private static List<DistinguishedName> Names()
    {
        var names = new List<DistinguishedName>();
        foreach (var folder in new[] { "chain-rules", "lint", "verdicts", "rfc5280-core" })
        {
            foreach (var path in Directory.EnumerateFiles(Fixtures.Path(folder), "*.pem").Order(StringComparer.Ordinal))
            {
                foreach (var certificate in CertLint.Input.InputDecoder.DecodeFile(path).Objects.Select(o => o.Certificate).OfType<Certificate>())
                {
                    names.Add(certificate.Subject);
                    names.Add(certificate.Issuer);
                }
            }
        }
        return names;
    }

    [Fact]
    public void EqualAgreesWithComparingKeysAndTheMemoWithAFreshKey()
    {
        var names = Names();
        Assert.True(names.Count > 50, $"only {names.Count} names");
        // Keys made one name at a time, with the memo cleared by two other names in between.
        var fresh = names.Select(n =>
        {
            NameKey.Of(names[0]);
            NameKey.Of(names[1]);
            return NameKey.Of(n with { });
        }).ToList();
        var equalPairs = 0;
        for (var i = 0; i < names.Count; i++)
        {
            Assert.Equal(fresh[i], NameKey.Of(names[i]));
            for (var j = 0; j < names.Count; j += 7)
            {
                var expected = fresh[i] == fresh[j];
                equalPairs += expected && i != j ? 1 : 0;
                Assert.True(expected == NameKey.Equal(names[i], names[j]), $"{names[i]} vs {names[j]}");
            }
        }
        Assert.True(equalPairs > 0);
    }

    /// <summary>The in-place ASCII path of a one-attribute RDN gives the part the general preparation gives.</summary>
    [Theory]
    [InlineData("leaf.example.test")]
    [InlineData("Leaf.EXAMPLE.Test")]
    [InlineData("  Padded  Name ")]
    [InlineData("tab\tinside")]
    [InlineData("Ünïcödé Näme")]
    [InlineData("ＦＵＬＬ width")]
    [InlineData("{}:=s:9")]
    [InlineData("")]
    public void OneAttributeKeysMatchTheGeneralPreparation(string text)
    {
        var location = new CertLint.Asn1.FieldLocation("name", 0, 0);
        var value = new CertLint.Asn1.AsnString(System.Formats.Asn1.UniversalTagNumber.UTF8String, 12, System.Text.Encoding.UTF8.GetBytes(text), text, true, location);
        var name = new DistinguishedName([new RelativeDistinguishedName([new NameAttribute("2.5.4.3", value, default, location)], location)], default, location);
        var part = "2.5.4.3=s:" + NameKey.Prepare(text);
        Assert.Equal("{" + part.Length + ":" + part + "}", NameKey.Of(name));
    }

    /// <summary>A Name of one RDN holding these (OID, UTF8String text) attributes, encoded and decoded as a certificate's is.</summary>
    private static DistinguishedName MultiValued(params (string Oid, string Text)[] attributes)
    {
        var w = new System.Formats.Asn1.AsnWriter(System.Formats.Asn1.AsnEncodingRules.DER);
        using (w.PushSequence())
        using (w.PushSetOf())
        {
            foreach (var (oid, text) in attributes)
            {
                using (w.PushSequence())
                {
                    w.WriteObjectIdentifier(oid);
                    w.WriteCharacterString(System.Formats.Asn1.UniversalTagNumber.UTF8String, text);
                }
            }
        }
        var diagnostics = new List<CertLint.Asn1.DecodeDiagnostic>();
        var name = DistinguishedName.Read(new CertLint.Asn1.AsnCursor(w.Encode(), "name", diagnostics), "name");
        Assert.Empty(diagnostics);
        return name;
    }

    /// <summary>
    /// The chain rules' comparison is the chain builder's: they once differed on a multi-valued RDN with a repeated
    /// attribute, where the rules matched {CN=a, CN=a} with {CN=a, CN=b} (each attribute found somewhere in the other).
    /// </summary>
    [Theory]
    [InlineData("a", "a", "a", "b", false)]
    [InlineData("a", "b", "B", "A", true)]
    [InlineData("a", "b", " A ", "b", true)]
    [InlineData("a", "b", "a", "c", false)]
    public void ChainRulesCompareMultiValuedNamesAsChainBuildingDoes(string a1, string a2, string b1, string b2, bool equal)
    {
        var a = MultiValued(("2.5.4.3", a1), ("2.5.4.3", a2));
        var b = MultiValued(("2.5.4.3", b1), ("2.5.4.3", b2));
        Assert.Equal(equal, NameKey.Equal(a, b));
        Assert.Equal(equal, NameKey.Equal(b, a));
        Assert.Equal(equal, CertLint.Rules.Chain.NameComparison.Rfc5280Equal(a, b));
        Assert.Equal(equal, CertLint.Rules.Chain.NameComparison.Rfc5280Equal(b, a));
    }
}
