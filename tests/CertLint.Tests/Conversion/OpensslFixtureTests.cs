namespace CertLint.Tests.Conversion;

/// <summary>
/// Every PKCS#7/CMS fixture against what `openssl pkcs7 -print_certs` extracted from it (recorded by the fixture
/// script): the same certificates byte for byte, in openssl's order for --order as-is, each chain leaf first by default.
/// </summary>
public sealed class OpensslFixtureTests
{
    private static List<string> Pkcs7FixtureNames() =>
        Directory.GetFiles(Fixtures.Path("containers"), "*.openssl-sha256.txt")
            .Select(truth => "containers/" + Path.GetFileName(truth)[..^".openssl-sha256.txt".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> Pkcs7Fixtures() => new(Pkcs7FixtureNames());

    [Fact]
    public void EveryKindTheIssueNamesIsAmongTheFixtures()
    {
        var names = Pkcs7FixtureNames();
        foreach (var kind in new[] { "p7b-chain.p7b", "p7b-chain-pem.p7b", "p7b-ber-indefinite.p7b", "p7b-with-crls.p7b", "p7b-shuffled.p7b", "p7b-root-first.p7b", "p7b-duplicates.p7b", "p7b-two-chains.p7b", "p7b-empty.p7b" })
        {
            Assert.Contains("containers/" + kind, names);
        }
    }

    [Theory]
    [MemberData(nameof(Pkcs7Fixtures))]
    public void AsIsWritesExactlyWhatOpensslExtracts(string fixture)
    {
        var expected = ConvertKit.Recorded(fixture + ".openssl-sha256.txt");
        var result = ConvertKit.Convert(Fixtures.Path(fixture), "--order", "as-is");
        if (expected.Count == 0)
        {
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("no certificate in this input", result.Stderr);
            return;
        }
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, ConvertKit.CertificateHashes(result.StdoutBytes));
    }

    [Theory]
    [MemberData(nameof(Pkcs7Fixtures))]
    public void LeafFirstWritesTheSameCertificatesWithEveryIssuerAfterWhatItSigned(string fixture)
    {
        var expected = ConvertKit.Recorded(fixture + ".openssl-sha256.txt");
        if (expected.Count == 0)
        {
            return;
        }
        var result = ConvertKit.Convert(Fixtures.Path(fixture));
        Assert.Equal(0, result.ExitCode);
        var written = ConvertKit.CertificateHashes(result.StdoutBytes);
        Assert.Equal(expected.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
        ChainOrderAssert.IssuersComeAfterSubjects(result.StdoutBytes);
    }

    [Theory]
    [InlineData("containers/p7b-chain.p7b")]
    [InlineData("containers/p7b-chain-pem.p7b")]
    [InlineData("containers/p7b-signed-data-label.pem")]
    [InlineData("containers/p7b-cms-label.pem")]
    [InlineData("containers/p7b-in-certificate-armour.pem")]
    [InlineData("containers/p7b-root-first.p7b")]
    [InlineData("containers/p7b-shuffled.p7b")]
    [InlineData("containers/p7b-ber-indefinite.p7b")]
    [InlineData("containers/p7b-with-crls.p7b")]
    [InlineData("containers/p7b-ber-with-crls.p7b")]
    public void EcChainInAnyStoredOrderComesOutLeafIntermediateRoot(string fixture)
    {
        var result = ConvertKit.Convert(Fixtures.Path(fixture));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ConvertKit.Recorded("chains/ec-chain.sha256.txt"), ConvertKit.CertificateHashes(result.StdoutBytes));
    }

    [Fact]
    public void RsaChainStoredRootFirstComesOutLeafFirst()
    {
        var result = ConvertKit.Convert(Fixtures.Path("containers/p7b-rsa.p7b"));
        Assert.Equal(ConvertKit.Recorded("chains/rsa-chain.sha256.txt"), ConvertKit.CertificateHashes(result.StdoutBytes));
    }

    [Fact]
    public void RootFirstIsTheReverse()
    {
        var result = ConvertKit.Convert(Fixtures.Path("containers/p7b-shuffled.p7b"), "--order", "root-first");
        Assert.Equal(ConvertKit.Recorded("chains/ec-chain.sha256.txt").AsEnumerable().Reverse(), ConvertKit.CertificateHashes(result.StdoutBytes));
    }

    [Fact]
    public void TwoInterleavedChainsAreEachOrderedAndWrittenOneAfterTheOther()
    {
        var fixture = "containers/p7b-two-chains.p7b";
        var ec = ConvertKit.Recorded("chains/ec-chain.sha256.txt");
        var other = ConvertKit.Recorded("chains/other-chain.sha256.txt");
        // The chain whose certificate comes first in the file is written first.
        var firstStored = ConvertKit.Recorded(fixture + ".openssl-sha256.txt")[0];
        var expected = ec.Contains(firstStored) ? ec.Concat(other) : other.Concat(ec);

        var result = ConvertKit.Convert(Fixtures.Path(fixture));

        Assert.Equal(expected, ConvertKit.CertificateHashes(result.StdoutBytes));
        Assert.Contains("in 2 chains", result.Stderr);
        Assert.Contains("warning: 2 possible leaves", result.Stderr);
    }

    [Fact]
    public void DuplicatesAreKeptNextToTheirFirstCopyOrDroppedWithDedupe()
    {
        var fixture = Fixtures.Path("containers/p7b-duplicates.p7b");
        var chain = ConvertKit.Recorded("chains/ec-chain.sha256.txt");

        var kept = ConvertKit.Convert(fixture);
        var deduped = ConvertKit.Convert(fixture, "--dedupe");

        Assert.Equal([chain[0], chain[0], chain[1], chain[1], chain[2]], ConvertKit.CertificateHashes(kept.StdoutBytes));
        Assert.Contains("warning: duplicate: 'server.example.test' appears 2 times: all copies kept", kept.Stderr);
        Assert.Equal(chain, ConvertKit.CertificateHashes(deduped.StdoutBytes));
        Assert.Contains("appears 2 times: kept once (--dedupe)", deduped.Stderr);
    }

    [Fact]
    public void MissingIntermediateIsAWarningAndBothCertificatesAreWritten()
    {
        var fixture = "containers/p7b-missing-intermediate.p7b";
        var result = ConvertKit.Convert(Fixtures.Path(fixture));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ConvertKit.Recorded("chains/ec-orphan-chain.sha256.txt"), ConvertKit.CertificateHashes(result.StdoutBytes));
        Assert.Contains("warning: missing intermediate: the issuer of 'orphan.example.test' (C=DE, O=CertLint Fixtures, CN=CertLint Test EC Orphan Intermediate) is not in the input", result.Stderr);
    }
}
