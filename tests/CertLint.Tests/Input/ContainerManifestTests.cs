using CertLint.Input;

namespace CertLint.Tests.Input;

/// <summary>
/// Every decoder fixture against what its script recorded: kinds in order, encoding, certificates (SHA-256 in
/// stored order) and, for PEM, the armour's block index, label, lines and bytes.
/// </summary>
public class ContainerManifestTests
{
    public static TheoryData<string> GoodFiles => ContainerFixtures.Files(r => !r.IsBad);
    public static TheoryData<string> DerCertificateFiles => ContainerFixtures.Files(r => !r.IsBad && r.CertificatesAreDer);
    public static TheoryData<string> PemFiles => ContainerFixtures.Files(r => !r.IsBad && r.Format.StartsWith("pem", StringComparison.Ordinal));
    public static TheoryData<string> BinaryFiles => ContainerFixtures.Files(r => !r.IsBad && r.Format is "der" or "ber");
    public static TheoryData<string> OpensslTruthFiles => ContainerFixtures.Files(r => ContainerFixtures.HasOpensslTruth(r.File));

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public void DecodesWithoutErrorsToTheTopLevelObjectsTheFixtureHolds(string file)
    {
        var result = ContainerFixtures.Decode(file);

        Assert.Empty(result.Errors);
        var expected = ContainerFixtures.Row(file).Holds.Select(ManifestKinds.ToObjectKind);
        Assert.Equal(expected, result.Objects.Where(o => o.ParentIndex is null).Select(o => o.Kind));
        Assert.Equal(ManifestKinds.Encoding(ContainerFixtures.Row(file)), result.Encoding);
    }

    [Theory]
    [MemberData(nameof(DerCertificateFiles))]
    public void FindsEveryCertificateInStoredOrderWithTheSha256OfItsDer(string file)
    {
        var result = ContainerFixtures.Decode(file);

        Assert.Equal(ContainerFixtures.Sha256s(file), result.Certificates.Select(c => c.Certificate!.Sha256));
    }

    [Theory]
    [MemberData(nameof(OpensslTruthFiles))]
    public void Pkcs7CertificatesAreThoseOpensslExtractsInTheSameOrder(string file)
    {
        var result = ContainerFixtures.Decode(file);

        Assert.Equal(ContainerFixtures.OpensslSha256s(file), result.Certificates.Select(c => c.Certificate!.Sha256));
    }

    [Theory]
    [MemberData(nameof(PemFiles))]
    public void PemObjectsCarryTheBlockIndexLabelLinesAndBytesOfTheirArmour(string file)
    {
        var result = ContainerFixtures.Decode(file);
        var blocks = ContainerFixtures.PemBlocks(file);
        var topLevel = result.Objects.Where(o => o.ParentIndex is null).ToList();

        Assert.Equal(blocks.Count, topLevel.Count);
        foreach (var (block, item) in blocks.Zip(topLevel))
        {
            var origin = item.Origin;
            Assert.Equal(ContainerFixtures.PathOf(file), origin.File);
            Assert.Equal(block.Block, origin.PemBlockIndex);
            Assert.Equal(block.Label, origin.PemLabel);
            Assert.Equal((block.FirstLine, block.LastLine), (origin.LineStart, origin.LineEnd));
            Assert.Equal((block.ByteStart, block.ByteEnd - block.ByteStart), (origin.FileOffset, origin.FileLength));
        }
        foreach (var child in result.Objects.Where(o => o.ParentIndex is not null))
        {
            var parent = result.Objects[child.ParentIndex!.Value].Origin;
            Assert.Equal((parent.PemBlockIndex, parent.LineStart, parent.FileOffset), (child.Origin.PemBlockIndex, child.Origin.LineStart, child.Origin.FileOffset));
        }
    }

    [Theory]
    [MemberData(nameof(BinaryFiles))]
    public void BinaryObjectsPointAtTheirOwnBytesInTheFile(string file)
    {
        var bytes = ContainerFixtures.Bytes(file);
        var result = ContainerFixtures.Decode(file);

        var topLevel = result.Objects.Where(o => o.ParentIndex is null).Select(o => o.Origin).ToList();
        Assert.Equal(0, topLevel[0].FileOffset);
        Assert.All(topLevel.Zip(topLevel.Skip(1)), pair => Assert.Equal(pair.First.FileOffset + pair.First.FileLength, pair.Second.FileOffset));
        Assert.Equal(bytes.Length, topLevel[^1].FileOffset + topLevel[^1].FileLength);
        foreach (var item in result.Objects)
        {
            var inFile = bytes.AsSpan(item.Origin.FileOffset, item.Origin.FileLength);
            Assert.True(inFile.SequenceEqual(item.Encoded.Span), $"{item.Kind} at {item.Origin} is not the file's bytes there");
        }
    }

    [Fact]
    public void EveryFixtureInTheFolderIsListedInTheManifest()
    {
        var truthFiles = new[] { ".sha256.txt", ".openssl-sha256.txt", ".tsv", ".sh", ".py" };
        var unlisted = Directory.GetFiles(ContainerFixtures.Folder)
            .Select(Path.GetFileName)
            .Where(name => !truthFiles.Any(suffix => name!.EndsWith(suffix, StringComparison.Ordinal)))
            .Where(name => ContainerFixtures.Manifest.All(r => r.File != name));

        Assert.Empty(unlisted);
        Assert.All(ContainerFixtures.Manifest, r => Assert.True(File.Exists(ContainerFixtures.PathOf(r.File)), r.File));
    }
}
