using CertLint.Asn1;

namespace CertLint.Tests.Rules.Gaps;

/// <summary>CertLint's own NFC (the library runs without ICU); expected values from Python's unicodedata.normalize.</summary>
public class UnicodeNfcTests
{
    [Theory]
    [InlineData("\u00C5", "\u00C5")]
    [InlineData("\u212B", "\u00C5")]
    [InlineData("\u0344", "\u0308\u0301")]
    [InlineData("\u1E0B\u0323", "\u1E0D\u0307")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]
    [InlineData("e\u0301", "\u00E9")]
    [InlineData("q\u0307\u0323", "q\u0323\u0307")]
    [InlineData("\uAC00\u11A8", "\uAC01")]
    [InlineData("\u0958", "\u0915\u093C")]
    [InlineData("plain ASCII", "plain ASCII")]
    [InlineData("Caf\u00E9 \U0001F600", "Caf\u00E9 \U0001F600")]
    public void NormalizesLikeUnicodeData(string text, string nfc)
    {
        Assert.Equal(nfc, UnicodeNfc.Normalize(text));
        Assert.Equal(text == nfc, UnicodeNfc.IsNormalized(text));
    }

    [Fact]
    public void LoneSurrogateIsNotNormalized() => Assert.False(UnicodeNfc.IsNormalized("a\uD800b"));
}
