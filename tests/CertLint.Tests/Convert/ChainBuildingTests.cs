namespace CertLint.Tests.Conversion;

/// <summary>Issuer links rest on signatures, not names; trees of several leaves; --only.</summary>
public sealed class ChainBuildingTests
{
    private static readonly string[] EcChainFiles = ["chains/ec-server.pem", "chains/ec-int.pem", "chains/ec-root.pem"];

    [Fact]
    public void ANameAndKeyIdMatchWhoseKeyDoesNotVerifyIsNotALink()
    {
        var fixture = "convert/impostor-bundle.pem";
        var stored = ConvertKit.Recorded(fixture + ".sha256.txt");

        var result = ConvertKit.Convert(Fixtures.Path(fixture));

        Assert.Equal(0, result.ExitCode);
        // server stands alone; the impostor is correctly linked under the root it was issued by.
        Assert.Equal(stored, ConvertKit.CertificateHashes(result.StdoutBytes));
        Assert.Contains("in 2 chains", result.Stderr);
        Assert.Contains("warning: 'server.example.test' names 'CertLint Test EC Intermediate' as issuer, but that certificate's key does not verify its signature: not linked; its real issuer is missing", result.Stderr);
    }

    [Fact]
    public void SeveralInputsAreOneBundleAndSharedIssuersComeAfterAllTheirLeaves()
    {
        var result = ConvertKit.Convert(Fixtures.Path("chains/ec-root.pem"), Fixtures.Path("chains/ec-server.pem"), Fixtures.Path("chains/ec-int.pem"), Fixtures.Path("chains/ec-client.pem"));
        var expected = new[] { "chains/ec-server.der", "chains/ec-client.der", "chains/ec-int.der", "chains/ec-root.der" }.Select(f => ConvertKit.Sha256(Fixtures.Bytes(f)));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, ConvertKit.CertificateHashes(result.StdoutBytes));
        Assert.Contains("found 4 certificates in 1 chain", result.Stderr);
        Assert.Contains("warning: 2 possible leaves (server.example.test, client.example.test)", result.Stderr);
    }

    [Theory]
    [InlineData("leaf", "chains/ec-server.der")]
    [InlineData("chain", "chains/ec-int.der")]
    [InlineData("roots", "chains/ec-root.der")]
    public void OnlySelectsByRoleInTheBuiltChain(string only, string expected)
    {
        var result = ConvertKit.Convert(Fixtures.Path("containers/p7b-root-first.p7b"), "--only", only, "--to", "der");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Fixtures.Bytes(expected), result.StdoutBytes);
    }

    [Fact]
    public void ChainWithoutItsRootIsNotedNotWarned()
    {
        var result = ConvertKit.Convert(Fixtures.Path("containers/cms-signed.p7s"));
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("warning:", result.Stderr);
        Assert.Contains("note: the chain of 'CertLint Test EC Intermediate' ends below its issuer", result.Stderr);
    }

    [Fact]
    public void ReportSaysWhatWasReadFoundAndWritten()
    {
        var result = ConvertKit.Convert(Fixtures.Path("containers/p7b-shuffled.p7b"));
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
        [
            $"read {Fixtures.Path("containers/p7b-shuffled.p7b")}: DER, 3 certificates",
            "found 3 certificates in 1 chain, as read: CertLint Test EC Intermediate, CertLint Test EC Root, server.example.test",
            "writing 3 certificates leaf-first: server.example.test, CertLint Test EC Intermediate, CertLint Test EC Root",
            $"wrote stdout (pem, {result.StdoutBytes.Length} bytes)",
        ], lines);
    }

    [Fact]
    public void EachCertificateFileOfTheChainGivesTheSameOutputAsTheChainFile()
    {
        var separate = ConvertKit.Convert([.. EcChainFiles.Reverse().Select(Fixtures.Path)]);
        var together = ConvertKit.Convert(Fixtures.Path("chains/ec-chain.pem"));
        Assert.Equal(together.StdoutBytes, separate.StdoutBytes);
    }
}
