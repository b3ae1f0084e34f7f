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
}
