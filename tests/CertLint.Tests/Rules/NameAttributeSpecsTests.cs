using CertLint.Rules.Rfc5280;

namespace CertLint.Tests.Rules;

public class NameAttributeSpecsTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("leaf.example.test", 17)]
    [InlineData("Ünïcödé", 7)]
    [InlineData("a\U0001F600b", 3)]
    public void CharactersAreUnicodeScalarValues(string text, int expected) =>
        Assert.Equal(expected, NameAttributeSpecs.CharacterCount(text));

    [Fact]
    public void LoneSurrogatesCountOnceEach()
    {
        // Built here: attribute arguments cannot carry lone surrogates.
        Assert.Equal(2, NameAttributeSpecs.CharacterCount(new string([(char)0xD800, 'x'])));
        Assert.Equal(3, NameAttributeSpecs.CharacterCount(new string(['x', (char)0xDC00, (char)0xD800])));
    }

    [Fact]
    public void TheCachedLookupAnswersLikeTheTableForEqualStringsOfAnyInstance()
    {
        foreach (var oid in (string[])["2.5.4.3", "2.5.4.6", "2.5.4.10", "1.2.3.4", "2.5.4.5", "0.9.2342.19200300.100.1.25"])
        {
            var expected = NameAttributeSpecs.For(oid);
            for (var round = 0; round < 3; round++)
            {
                // A fresh instance each time: equal text, another reference.
                Assert.Same(expected, NameAttributeSpecs.For(new string(oid.AsSpan())));
                Assert.Same(expected, NameAttributeSpecs.For(oid));
            }
        }
        Assert.NotNull(NameAttributeSpecs.For("2.5.4.3"));
        Assert.Null(NameAttributeSpecs.For("1.2.3.4"));
    }
}
