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
}
