using CertLint.Conversion;
using CertLint.IO;

namespace CertLint.Tests.Conversion;

/// <summary>convert's folder output in the library: all files or none, without the command line.</summary>
public sealed class FolderWriterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("certlint-folder-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void CreatesTheFolderAndWritesEveryFile()
    {
        var folder = Path.Combine(_root, "out");
        FolderWriter.Write(folder, [("a.der", [1, 2]), ("b.der", [3])], overwrite: false);
        Assert.Equal(["a.der", "b.der"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal([3], File.ReadAllBytes(Path.Combine(folder, "b.der")));
    }

    [Fact]
    public void OneClashingFileWritesNothingUnlessOverwriting()
    {
        File.WriteAllText(Path.Combine(_root, "b.der"), "precious");
        var clash = Assert.Throws<OutputExistsException>(() => FolderWriter.Write(_root, [("a.der", [1]), ("b.der", [2])], overwrite: false));
        Assert.Equal(Path.Combine(_root, "b.der"), clash.OutputPath);
        Assert.Equal(["b.der"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
        Assert.Equal("precious", File.ReadAllText(Path.Combine(_root, "b.der")));

        FolderWriter.Write(_root, [("a.der", [1]), ("b.der", [2])], overwrite: true);
        Assert.Equal([2], File.ReadAllBytes(Path.Combine(_root, "b.der")));
    }

    [Fact]
    public void AFolderItCreatedIsRemovedAgainWhenAWriteFails()
    {
        var folder = Path.Combine(_root, "new");
        Assert.ThrowsAny<IOException>(() => FolderWriter.Write(folder, [("a.der", [1]), (Path.Combine("missing", "b.der"), [2])], overwrite: false));
        Assert.False(Directory.Exists(folder));
    }
}
