using CertLint.Input;

namespace CertLint.Tests.Input;

/// <summary>Every bad input gives exactly one error naming the file, what is wrong and where; never an exception.</summary>
public class BadInputTests
{
    public static TheoryData<string> BadFiles => ContainerFixtures.Files(r => r.IsBad);

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void BadInputGivesOneErrorWithFileAndOffsetAndNoCertificate(string file)
    {
        var length = ContainerFixtures.Bytes(file).Length;
        var result = ContainerFixtures.Decode(file);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ContainerFixtures.PathOf(file), error.File);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.NotNull(error.Offset);
        Assert.InRange(error.Offset!.Value, 0, Math.Max(0, length - 1));
        Assert.Empty(result.Certificates);
        Assert.StartsWith(ContainerFixtures.PathOf(file) + ": ", error.ToString());
    }

    [Fact]
    public void InvalidBase64CharacterIsReportedAtItsByte()
    {
        var bytes = ContainerFixtures.Bytes("bad-base64.pem");
        var error = Assert.Single(ContainerFixtures.Decode("bad-base64.pem").Errors);

        Assert.Equal((byte)'!', bytes[error.Offset!.Value]);
        Assert.Contains("base64", error.Message);
    }

    [Fact]
    public void PemWithoutEndLineIsReportedAtItsBeginLine()
    {
        var error = Assert.Single(ContainerFixtures.Decode("bad-truncated.pem").Errors);

        Assert.Equal(0, error.Offset);
        Assert.Contains("END", error.Message);
    }

    [Fact]
    public void GarbageThatParsesAsManyTlvsIsStillOneError()
    {
        var garbage = new byte[400];
        for (var i = 0; i < garbage.Length; i += 2)
        {
            garbage[i] = 0x30;   // 200 empty SEQUENCEs back to back
        }
        var result = InputDecoder.Decode("tlvs.bin", garbage);

        Assert.Equal(0, Assert.Single(result.Errors).Offset);
    }

    [Fact]
    public void MissingFileIsOneError()
    {
        var path = ContainerFixtures.PathOf("no-such-file.pem");
        var result = InputDecoder.DecodeFile(path);

        Assert.Equal(path, Assert.Single(result.Errors).File);
        Assert.Empty(result.Objects);
    }

    [Fact]
    public void DirectoryIsOneError()
    {
        var result = InputDecoder.DecodeFile(ContainerFixtures.Folder);

        Assert.Contains("directory", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void InputOverTheSizeLimitIsRefusedBeforeDecoding()
    {
        var options = new InputOptions { MaxBytes = 100 };
        var fromFile = InputDecoder.DecodeFile(ContainerFixtures.PathOf("der-ec.der"), options);
        using var stream = new MemoryStream(ContainerFixtures.Bytes("der-ec.der"));
        var fromStream = InputDecoder.DecodeStream("-", stream, options);

        Assert.All(new[] { fromFile, fromStream }, result =>
        {
            Assert.Empty(result.Objects);
            Assert.Contains("limit", Assert.Single(result.Errors).Message);
        });
    }
}
