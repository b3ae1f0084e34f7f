using System.Text;
using CertLint.Input;

namespace CertLint.Tests.Input;

/// <summary>
/// Line numbers of PEM blocks against a plain reference (every line start listed, as the reader did before it counted
/// breaks between blocks): random texts mixing LF, CRLF and lone CR, good blocks, blocks without END, and breaks that
/// fall right before a block's markers.
/// </summary>
public class PemLineNumberTests
{
    private static readonly string[] Breaks = ["\n", "\r\n", "\r"];

    [Fact]
    public void LinesMatchAReferenceOnRandomTexts()
    {
        var random = new Random(11);
        for (var round = 0; round < 300; round++)
        {
            var text = RandomText(random);
            var blocks = PemReader.Read(text);
            Assert.Equal(blocks.Select(b => (b.LineStart, b.LineEnd)), PemReader.Read(Encoding.Latin1.GetBytes(text)).Select(b => (b.LineStart, b.LineEnd)));
            foreach (var block in blocks)
            {
                Assert.Equal(ReferenceLine(text, block.Offset), block.LineStart);
                // A block ends on its END marker's line; one without END, on the line of its last character.
                var last = block.Error is null
                    ? text.LastIndexOf("-----END ", block.Offset + block.Length - 1, block.Length, StringComparison.Ordinal)
                    : block.Offset + block.Length - 1;
                Assert.Equal(ReferenceLine(text, last), block.LineEnd);
            }
        }
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void ABlockAfterTwoLinesIsOnLineThree(string lineBreak)
    {
        var text = $"junk{lineBreak}more{lineBreak}-----BEGIN X-----{lineBreak}QUJD{lineBreak}-----END X-----{lineBreak}";
        var block = Assert.Single(PemReader.Read(text));
        Assert.Equal((3, 5), (block.LineStart, block.LineEnd));
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        for (var part = random.Next(1, 8); part > 0; part--)
        {
            string Break() => Breaks[random.Next(Breaks.Length)];
            switch (random.Next(3))
            {
                case 0:
                    text.Append("junk ").Append(random.Next()).Append(Break());
                    break;
                case 1:
                    text.Append("-----BEGIN DATA-----").Append(Break()).Append("QUJD").Append(Break()).Append("REVG").Append(Break())
                        .Append("-----END DATA-----").Append(random.Next(2) == 0 ? Break() : "");
                    break;
                default:
                    text.Append("-----BEGIN OPEN-----").Append(Break()).Append("QUJD").Append(Break());
                    break;
            }
            if (random.Next(4) == 0)
            {
                text.Append('\r');
            }
        }
        return text.ToString();
    }

    /// <summary>1 + the line breaks that end before <paramref name="offset"/> (CRLF is one break, counted at its LF).</summary>
    private static int ReferenceLine(string text, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && !(i + 1 < text.Length && text[i + 1] == '\n')))
            {
                line++;
            }
        }
        return line;
    }
}
