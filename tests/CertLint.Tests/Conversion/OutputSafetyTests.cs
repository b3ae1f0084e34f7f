using CertLint.Cli;
using CertLint.Tests.Cli;

namespace CertLint.Tests.Conversion;

/// <summary>Existing files are never overwritten without --force; a failure leaves nothing behind; stdin to stdout.</summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly ConvertKit.TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ExistingOutputIsKeptWithoutForceAndReplacedWithIt()
    {
        var output = _temp.File("out.pem");
        File.WriteAllText(output, "precious");

        var refused = ConvertKit.Convert(Fixtures.Path("containers/p7b-chain.p7b"), "-o", output);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"certlint: {output}: already exists; use --force to overwrite\n", refused.Stderr);
        Assert.Equal("precious", File.ReadAllText(output));

        var forced = ConvertKit.Convert(Fixtures.Path("containers/p7b-chain.p7b"), "-o", output, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(ConvertKit.Recorded("chains/ec-chain.sha256.txt"), ConvertKit.CertificateHashes(File.ReadAllBytes(output)));
        Assert.Equal(["out.pem"], _temp.Entries());
    }

    [Theory]
    [InlineData("containers/bad-truncated.p7b")]
    [InlineData("containers/key-rsa.pem")]
    [InlineData("containers/p7b-empty.p7b")]
    public void FailedInputWritesNothing(string fixture)
    {
        var result = ConvertKit.Convert(Fixtures.Path("chains/ec-chain.pem"), Fixtures.Path(fixture), "-o", _temp.File("out.pem"));
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(_temp.Entries());
    }

    [Fact]
    public void FailedRenderWritesNothing()
    {
        var result = ConvertKit.Convert(Fixtures.Path("chains/ec-chain.pem"), "--to", "der", "-o", _temp.File("out.der"));
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(_temp.Entries());
    }

    [Fact]
    public void DerIntoAFolderWritesOneFilePerCertificateNamedFromTheSubject()
    {
        var folder = _temp.File("certs") + "/";
        var result = ConvertKit.Convert(Fixtures.Path("containers/p7b-shuffled.p7b"), "--to", "der", "-o", folder);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Fixtures.Bytes("chains/ec-server.der"), File.ReadAllBytes(Path.Combine(folder, "server.example.test.der")));
        Assert.Equal(Fixtures.Bytes("chains/ec-int.der"), File.ReadAllBytes(Path.Combine(folder, "CertLint_Test_EC_Intermediate.der")));
        Assert.Equal(Fixtures.Bytes("chains/ec-root.der"), File.ReadAllBytes(Path.Combine(folder, "CertLint_Test_EC_Root.der")));
        Assert.Equal(3, Directory.GetFiles(folder).Length);
    }

    [Fact]
    public void FolderFileNamesAreSafeAndUnique()
    {
        var folder = _temp.File("certs") + "/";
        var inputs = new[] { "convert/impostor-bundle.pem", "chains/ec-int.pem", "convert/evil-subject.pem" }.Select(Fixtures.Path).ToArray();

        var result = ConvertKit.Convert([.. inputs, "--to", "der", "-o", folder]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["CertLint_Test_EC_Intermediate-2.der", "CertLint_Test_EC_Intermediate.der", "CertLint_Test_EC_Root.der", "evil_-----END_CERTIFICATE-----___forged.der", "server.example.test.der"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var read = inputs.SelectMany(i => ConvertKit.CertificateHashes(File.ReadAllBytes(i))).ToHashSet();
        Assert.Equal(read, Directory.GetFiles(folder).Select(f => ConvertKit.Sha256(File.ReadAllBytes(f))).ToHashSet());
    }

    [Fact]
    public void FolderWithOneClashingFileGetsNoFileAtAllWithoutForce()
    {
        var folder = _temp.File("certs");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "CertLint_Test_EC_Root.der"), "precious");

        var result = ConvertKit.Convert(Fixtures.Path("containers/p7b-shuffled.p7b"), "--to", "der", "-o", folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("CertLint_Test_EC_Root.der: already exists; use --force to overwrite", result.Stderr);
        Assert.Equal(["CertLint_Test_EC_Root.der"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
        Assert.Equal("precious", File.ReadAllText(Path.Combine(folder, "CertLint_Test_EC_Root.der")));
    }

    [Fact]
    public void FolderThatCouldNotBeFilledIsRemovedAgain()
    {
        var folder = _temp.File("new") + "/";
        var result = ConvertKit.Convert(Fixtures.Path("containers/p7b-shuffled.p7b"), "--to", "der", "--include-crls", "-o", folder);
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(_temp.Entries());
    }

    [Theory]
    [InlineData("pem")]
    [InlineData("p7b")]
    [InlineData("p7b-pem")]
    public void StdinToStdoutGivesWhatAFileGives(string format)
    {
        var fixture = Fixtures.Path("containers/p7b-shuffled.p7b");
        var fromFile = ConvertKit.Convert(fixture, "--to", format);
        var piped = CliRunner.RunWithStdin(File.ReadAllBytes(fixture), "convert", "-", "-o", "-", "--to", format);
        Assert.Equal(0, piped.ExitCode);
        Assert.Equal(fromFile.StdoutBytes, piped.StdoutBytes);
        Assert.StartsWith("read -: DER, 3 certificates\n", piped.Stderr);
    }

    [Fact]
    public void BinaryIsNotWrittenToATerminal()
    {
        var stderr = new StringWriter { NewLine = "\n" };
        var binary = new MemoryStream();
        var context = new CliContext
        {
            Stdout = new StringWriter(),
            Stderr = stderr,
            OpenStdin = () => new MemoryStream(),
            OpenStdoutBinary = () => binary,
            StdoutIsTerminal = true,
        };
        var code = CliApp.Run(["convert", Fixtures.Path("containers/der-ec.der"), "--to", "der"], context);
        Assert.Equal(2, code);
        Assert.Equal(0, binary.Length);
        Assert.Equal("certlint: refusing to write binary der to a terminal: use -o FILE or redirect stdout\n", stderr.ToString());
    }
}
