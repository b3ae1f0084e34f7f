using System.Formats.Asn1;
using CertLint.Asn1;

namespace CertLint.Tests.X509;

/// <summary>
/// Tag names in decode messages are the same in every build: the universal tags that have two enum names print one
/// fixed name (the JIT build printed "ISO646String" where the native binary printed "VisibleString").
/// </summary>
public class AsnTagNameTests
{
    [Theory]
    [InlineData(8, false, "External")]
    [InlineData(20, false, "TeletexString")]
    [InlineData(26, false, "VisibleString")]
    [InlineData(26, true, "VisibleString (constructed)")]
    [InlineData(12, false, "UTF8String")]
    [InlineData(30, false, "BMPString")]
    [InlineData(2, false, "Integer")]
    [InlineData(23, false, "UtcTime")]
    [InlineData(16, true, "SEQUENCE")]
    public void UniversalTagsHaveOneName(int number, bool constructed, string expected) =>
        Assert.Equal(expected, AsnTags.Describe(new Asn1Tag(TagClass.Universal, number, constructed)));

    [Fact]
    public void EveryUniversalTagNameIsItsOwn()
    {
        var names = Enumerable.Range(0, 37).Where(n => n != 15).Select(n => AsnTags.Describe(new Asn1Tag(TagClass.Universal, n))).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
