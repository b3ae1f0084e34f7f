namespace CertLint.Tests.Documentation;

/// <summary>The documentation-example machinery fails where it must (format: tests/README.md, "Documentation examples").</summary>
[Collection(DocumentationCollection.Name)]
public class DocumentationFormatTests
{
    private const string Fence = "```";

    private static string Block(string info, params string[] lines) => $"Text.\n\n{Fence}{info}\n{string.Join("\n", lines)}\n{Fence}\n\nMore text.\n";

    [Fact]
    public void AMatchingExamplePassesAndAWrongOutputOrExitCodeFails()
    {
        var good = Block("console", "$ certlint strerror 0x2562 --target mbedtls-3.6", "mbedtls-3.6  Last error was: -0x2562 - X509 - The extension tag or value is invalid : ASN1 - ASN1 tag was of an unexpected value", "$ echo $?", "0");
        Assert.Empty(DocumentationExampleTests.Check("x.md", good, update: false).Errors);

        var wrongText = good.Replace("unexpected value", "unexpected thing");
        var errors = DocumentationExampleTests.Check("x.md", wrongText, update: false).Errors;
        Assert.Single(errors);
        Assert.StartsWith("x.md:4: `certlint strerror 0x2562 --target mbedtls-3.6` printed something else", errors[0]);

        var wrongExit = good.Replace("$ echo $?\n0", "$ echo $?\n1");
        Assert.Contains(DocumentationExampleTests.Check("x.md", wrongExit, update: false).Errors, e => e.StartsWith("x.md:6: `echo $?`", StringComparison.Ordinal));
    }

    [Fact]
    public void AnOutputThatDependsOnTheDateIsReported()
    {
        // Valid from 2040: Mbed TLS verification at "now" (no --now) says "future" in 2026 and "ok" in 2040.
        var command = "$ certlint predict fixtures/mbedtls/certs/server-ec-future.pem --ca fixtures/mbedtls/certs/root.pem --target mbedtls-3.6";
        var (_, rewritten) = DocumentationExampleTests.Check("x.md", Block("console", command), update: true);
        Assert.NotNull(rewritten);
        var in2040 = new DateTimeOffset(2040, 6, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Contains(DocumentationExampleTests.Check("x.md", rewritten!, update: false, in2040).Errors, e => e.Contains("depends on the date", StringComparison.Ordinal));
        Assert.Empty(DocumentationExampleTests.Check("x.md", rewritten!, update: false).Errors);
        var pinned = rewritten!.Replace("--target mbedtls-3.6", "--target mbedtls-3.6 --now 2026-01-15T12:00:00Z");
        Assert.Empty(DocumentationExampleTests.Check("x.md", pinned, update: false, in2040).Errors);
    }

    [Fact]
    public void RegenerationRewritesOnlyTheOutputLines()
    {
        var stale = "# T\n\n```console\n$ certlint strerror 0x2562 \\\n    --target mbedtls-3.6\nold output\n$ echo $?\n7\n```\n\nprose stays\n";
        var (errors, rewritten) = DocumentationExampleTests.Check("x.md", stale, update: true);
        Assert.Empty(errors);
        Assert.Equal("# T\n\n```console\n$ certlint strerror 0x2562 \\\n    --target mbedtls-3.6\n" +
            "mbedtls-3.6  Last error was: -0x2562 - X509 - The extension tag or value is invalid : ASN1 - ASN1 tag was of an unexpected value\n" +
            "$ echo $?\n0\n```\n\nprose stays\n", rewritten);
        Assert.Null(DocumentationExampleTests.Check("x.md", rewritten!, update: true).Rewritten);
    }

    [Fact]
    public void OtherCommandsShellSyntaxAndUnmarkedCommandsAreRefused()
    {
        Assert.Contains("is not a certlint command", Single(Block("console", "$ openssl version")));
        Assert.Contains("mark the block not-run", Single(Block("console", "$ certlint show fixtures/lint/leaf.pem | head")));
        Assert.Contains("use ```console", Single(Block("text", "$ certlint show fixtures/lint/leaf.pem")));
        Assert.Contains("indented code is not run", Single("Text.\n\n    $ certlint show fixtures/lint/leaf.pem\n"));
        Assert.Contains("needs a reason", Single(Block("console not-run", "$ openssl version")));
        Assert.Contains("unknown console block attribute", Single(Block("console fast", "$ certlint --version")));
        Assert.Empty(DocumentationExampleTests.Check("x.md", Block("console not-run: needs a real device", "$ openssl version"), update: false).Errors);
    }

    [Fact]
    public void DurationsAreIgnoredOnlyWhereTheBlockAsksForIt()
    {
        // Markdown source in a markdown block is not an example; ignore-durations is parsed as an attribute.
        var (blocks, errors) = MarkdownExamples.Parse("x.md", "````markdown\n```console\n$ certlint x\n```\n````\n```console ignore-durations\n$ certlint y\n```".Split('\n'));
        Assert.Empty(errors);
        Assert.True(Assert.Single(blocks).IgnoreDurations);
    }

    [Fact]
    public void WordsSplitAsAShellSplitsThem()
    {
        Assert.Equal(["certlint", "lint", "a b", "c\"d", "e f", "g"], MarkdownExamples.SplitWords("certlint lint 'a b' \"c\\\"d\" e\\ f g # comment"));
        Assert.Throws<FormatException>(() => MarkdownExamples.SplitWords("certlint show *.pem"));
        Assert.Throws<FormatException>(() => MarkdownExamples.SplitWords("certlint show \"$HOME/x\""));
        Assert.Throws<FormatException>(() => MarkdownExamples.SplitWords("certlint show x > out"));
    }

    private static string Single(string markdown) => Assert.Single(DocumentationExampleTests.Check("x.md", markdown, update: false).Errors);
}
