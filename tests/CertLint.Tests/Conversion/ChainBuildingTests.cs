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
    public void SignatureThatCannotBeCheckedLinksByNameOnlyWithAWarning()
    {
        var fixture = "convert/unknown-signature-algorithm.pem";
        var result = ConvertKit.Convert(Fixtures.Path(fixture), "--order", "root-first");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ConvertKit.Recorded(fixture + ".sha256.txt").AsEnumerable().Reverse(), ConvertKit.CertificateHashes(result.StdoutBytes));
        Assert.Contains("warning: 'server.example.test' is linked to its issuer 'CertLint Test EC Intermediate' by name only: the signature could not be checked (1.2.840.10045.4.3.127: ", result.Stderr);
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

    [Fact]
    public void WhatOneCaIssuedStaysTogetherFollowedByThatCa()
    {
        string[] stored = ["tls/server-ec.pem", "tls/ecdh-rsa.pem", "tls/client-ec.pem", "tls/ica.pem", "tls/ica-rsa.pem", "tls/ca.pem"];
        string[] expected = ["tls/server-ec.pem", "tls/client-ec.pem", "tls/ica.pem", "tls/ecdh-rsa.pem", "tls/ica-rsa.pem", "tls/ca.pem"];

        var result = ConvertKit.Convert([.. stored.Select(Fixtures.Path)]);

        Assert.Equal(expected.Select(f => Fixtures.Certificate(f).Sha256), ConvertKit.CertificateHashes(result.StdoutBytes));
        ChainOrderAssert.IssuersComeAfterSubjects(result.StdoutBytes);
    }

    [Fact]
    public void CrossSignedLoopIsCutAndEveryCertificateStillComesBeforeItsIssuer()
    {
        var fixture = "convert/cross-loop.pem";
        var result = ConvertKit.Convert(Fixtures.Path(fixture));

        Assert.Equal(0, result.ExitCode);
        var written = ConvertKit.CertificateHashes(result.StdoutBytes);
        Assert.Equal(ConvertKit.Recorded(fixture + ".sha256.txt").Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
        Assert.Equal(ConvertKit.Recorded(fixture + ".sha256.txt")[2], written[0]);
        AssertSubjectsInOrderLeafThenCrossBThenCrossA(result.StdoutBytes);
        Assert.Contains("(cross-signed loop)", result.Stderr);
    }

    /// <summary>In a loop each CA signed the other, so only the non-loop links can be checked for order.</summary>
    private static void AssertSubjectsInOrderLeafThenCrossBThenCrossA(byte[] output)
    {
        var names = ConvertKit.PemCertificates(ConvertKit.Ascii(output)).Select(c => new Org.BouncyCastle.X509.X509Certificate(c).SubjectDN.ToString()).ToList();
        Assert.Equal(["C=DE,O=CertLint Fixtures,CN=cross.example.test", "C=DE,O=CertLint Fixtures,CN=CertLint Cross cross-b", "C=DE,O=CertLint Fixtures,CN=CertLint Cross cross-a"], names);
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
