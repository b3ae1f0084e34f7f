using System.Text.Json;
using System.Xml.Linq;
using CertLint.IO;
using CertLint.Tests.Cli;

namespace CertLint.Tests.Hostile;

/// <summary>
/// Issue 10: text from certificates and file names never reaches a terminal raw. One escaping (TerminalText) for every
/// text output and error line; JUnit XML replaces what XML cannot hold; JSON and SARIF are escaped by their writers.
/// </summary>
public sealed class TerminalEscapingTests : IDisposable
{
    /// <summary>A CN that tries everything: a forged report line, an OSC title change, BEL, CR, CSI (C1), DEL, bidi overrides.</summary>
    private const string Evil = "fake\n  #0 CN=fake [leaf] ok\r\u001b]0;pwned\u0007\u009b31m\u007f\u202eevil\u2066x\u2069";

    private readonly ConvertKitTemp _temp = new();

    public void Dispose() => _temp.Dispose();

    private sealed class ConvertKitTemp : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("certlint-hostile-").FullName;
        public string File(string name) => System.IO.Path.Combine(Path, name);
        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    private string EvilPem()
    {
        var path = _temp.File("evil.pem");
        System.IO.File.WriteAllText(path, HostileKit.Pem(HostileKit.Certificate(Evil)));
        return path;
    }

    /// <summary>Nothing a terminal acts on, except the line ends between lines.</summary>
    private static void AssertInert(string output)
    {
        foreach (var line in output.Split('\n'))
        {
            var bad = line.FirstOrDefault(TerminalText.MustEscape);
            Assert.True(bad == default(char), $"U+{(int)bad:X4} reached the output in: {line}");
            Assert.False(line.TrimStart().StartsWith("#0 CN=fake [leaf]", StringComparison.Ordinal), $"forged line: {line}");
        }
    }

    [Theory]
    [InlineData('\u001b')]
    [InlineData('\u0007')]
    [InlineData('\r')]
    [InlineData('\n')]
    [InlineData('\t')]
    [InlineData('\u0000')]
    [InlineData('\u007f')]
    [InlineData('\u0085')]
    [InlineData('\u009b')]
    [InlineData('\u202a')]
    [InlineData('\u202e')]
    [InlineData('\u2066')]
    [InlineData('\u2069')]
    [InlineData('\u200f')]
    [InlineData('\u2028')]
    public void EveryControlAndBidiCharacterIsEscaped(char c)
    {
        var escaped = TerminalText.Escape($"a{c}b");
        Assert.Equal($"a\\u{(int)c:x4}b", escaped);
    }

    [Fact]
    public void OrdinaryUnicodeStaysReadable()
    {
        Assert.Equal("CN=Müller, O=日本 😀", TerminalText.Escape("CN=Müller, O=日本 😀"));
        Assert.Equal("\\u00fc \\U0001f600", TerminalText.Escape("ü 😀", asciiOnly: true));
        Assert.Equal("lone \\ud800", TerminalText.Escape("lone \ud800"));
    }

    [Theory]
    [InlineData("show")]
    [InlineData("lint")]
    [InlineData("predict")]
    public void TextOutputOfEveryCommandIsInert(string command)
    {
        var result = CliRunner.Run(command, EvilPem());
        Assert.NotEqual(2, result.ExitCode);
        AssertInert(result.Stdout);
        AssertInert(result.Stderr);
        // The value is still there, visibly escaped.
        Assert.Contains(command == "predict" ? "fake?" : "fake\\u000a", result.Stdout);
    }

    [Fact]
    public void TlsCheckTextIsInert()
    {
        var result = CliRunner.Run("tls-check", "--cert", EvilPem(), "--suite", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
        Assert.NotEqual(2, result.ExitCode);
        AssertInert(result.Stdout);
        AssertInert(result.Stderr);
        Assert.Contains("\\u001b]0;pwned\\u0007", result.Stdout);
    }

    [Fact]
    public void FileNamesInErrorLinesAreEscapedAndStayOneLine()
    {
        var name = _temp.File("bad\n#0 CN=fake\u001b[2J.pem");
        File.WriteAllText(name, "-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n");
        foreach (var command in new[] { "show", "lint", "convert" })
        {
            var result = CliRunner.Run(command, name);
            Assert.Equal(2, result.ExitCode);
            AssertInert(result.Stderr);
            Assert.Contains("bad\\u000a#0 CN=fake\\u001b[2J.pem", result.Stderr);
        }
    }

    [Fact]
    public void FileNamesFoundInAWalkAreEscaped()
    {
        File.WriteAllText(_temp.File("x\u001b]0;t\u0007.pem"), HostileKit.Pem(HostileKit.Certificate("ok")));
        var result = CliRunner.Run("lint", _temp.Path);
        AssertInert(result.Stdout);
        Assert.Contains("x\\u001b]0;t\\u0007.pem", result.Stdout);
    }

    [Fact]
    public void JunitReplacesWhatXmlCannotHold()
    {
        // Before: "internal error: ArgumentException ... 0x1B".
        var result = CliRunner.Run("lint", "--format", "junit", EvilPem());
        Assert.NotEqual(2, result.ExitCode);
        Assert.DoesNotContain("internal error", result.Stderr);
        var xml = XDocument.Parse(result.Stdout);
        var classname = xml.Descendants("testcase").First().Attribute("classname")!.Value;
        Assert.Contains("\\u001b]0;pwned\\u0007", classname);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void JsonAndSarifWritersEscapeAndKeepTheValue(string format)
    {
        var result = CliRunner.Run("lint", "--format", format, EvilPem());
        Assert.NotEqual(2, result.ExitCode);
        // No raw control character anywhere in the document: the JSON writer escapes them all...
        Assert.DoesNotContain(result.Stdout, c => c < 0x20 && c != '\n' && c != ' ');
        // ...and a JSON reader gets the exact subject back.
        Assert.Contains(AllStrings(JsonDocument.Parse(result.Stdout).RootElement), HoldsTheRawSubject);
    }

    [Fact]
    public void ShowJsonKeepsTheExactSubject()
    {
        var result = CliRunner.Run("show", "--format", "json", EvilPem());
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(result.Stdout, c => c < 0x20 && c != '\n' && c != ' ');
        Assert.Contains(AllStrings(JsonDocument.Parse(result.Stdout).RootElement), HoldsTheRawSubject);
    }

    private static bool HoldsTheRawSubject(string s) =>
        s.Contains("fake\n  #0 CN", StringComparison.Ordinal) && s.Contains("\u001b]0", StringComparison.Ordinal) && s.Contains("\u202eevil\u2066", StringComparison.Ordinal);

    private static IEnumerable<string> AllStrings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => AllStrings(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(AllStrings),
        _ => [],
    };

    [Theory]
    [InlineData("plain text, tab\there\nand \u00e9\U0001F600", "plain text, tab\there\nand \u00e9\U0001F600")]
    [InlineData("esc\u001b[31m bel\u0007", "esc\\u001b[31m bel\\u0007")]
    [InlineData("not characters \uFFFE\uFFFF", "not characters \\ufffe\\uffff")]
    // XML holds these, but a CI page showing the report would run CSI or reorder the line (audit: JUnit kept them raw).
    [InlineData("csi \u009b31m, override \u202eevil\u2066 mark \u200f", "csi \\u009b31m, override \\u202eevil\\u2066 mark \\u200f")]
    public void XmlTextKeepsWhatXmlHoldsAndEscapesTheRest(string text, string expected)
    {
        Assert.Equal(expected, TerminalText.ForXml(text));
        // Nothing to escape: the same string back, not a copy (JUnit writes some 150 texts per certificate).
        Assert.Equal(text == expected, ReferenceEquals(text, TerminalText.ForXml(text)));
    }

    [Fact]
    public void XmlTextEscapesLoneSurrogates()
    {
        // Built from chars: a lone surrogate does not survive as an attribute argument.
        Assert.Equal("lone high \\ud800", TerminalText.ForXml("lone high " + (char)0xD800));
        Assert.Equal("\\udc00 lone low first", TerminalText.ForXml((char)0xDC00 + " lone low first"));
        Assert.Equal("swapped \\udc00\\ud800", TerminalText.ForXml("swapped " + (char)0xDC00 + (char)0xD800));
    }
}
