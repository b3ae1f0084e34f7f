using CertLint.IO;

namespace CertLint.Tests.Conversion;

public sealed class AtomicFileTests : IDisposable
{
    private readonly ConvertKit.TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void WritesTheContentAndNothingElse()
    {
        AtomicFile.Write(_temp.File("a"), [1, 2, 3], overwrite: false);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(_temp.File("a")));
        Assert.Equal(["a"], _temp.Entries());
    }

    [Fact]
    public void RefusesToReplaceWithoutOverwrite()
    {
        File.WriteAllText(_temp.File("a"), "old");
        var ex = Assert.Throws<OutputExistsException>(() => AtomicFile.Write(_temp.File("a"), [1], overwrite: false));
        Assert.Equal(_temp.File("a"), ex.OutputPath);
        Assert.Equal("old", File.ReadAllText(_temp.File("a")));
        Assert.Equal(["a"], _temp.Entries());
    }

    [Fact]
    public void ReplacesWithOverwrite()
    {
        File.WriteAllText(_temp.File("a"), "old");
        AtomicFile.Write(_temp.File("a"), "new"u8, overwrite: true);
        Assert.Equal("new", File.ReadAllText(_temp.File("a")));
        Assert.Equal(["a"], _temp.Entries());
    }

    [Fact]
    public void FailingProducerLeavesNoFileAndNoTemporary()
    {
        Assert.Throws<InvalidDataException>(() => AtomicFile.Write(_temp.File("a"), stream =>
        {
            stream.Write([1, 2, 3]);
            throw new InvalidDataException("half way");
        }, overwrite: false));
        Assert.Empty(_temp.Entries());
    }

    [Fact]
    public void StagedFileAppearsOnlyOnCommitAndVanishesIfDropped()
    {
        using (var kept = AtomicFile.Stage(_temp.File("kept"), s => s.WriteByte(1), overwrite: false))
        using (AtomicFile.Stage(_temp.File("dropped"), s => s.WriteByte(2), overwrite: false))
        {
            Assert.DoesNotContain("kept", _temp.Entries());
            kept.Commit();
        }
        Assert.Equal(["kept"], _temp.Entries());
    }

    [Fact]
    public void TargetAppearingWhileStagedIsNotClobbered()
    {
        using var staged = AtomicFile.Stage(_temp.File("a"), s => s.WriteByte(1), overwrite: false);
        File.WriteAllText(_temp.File("a"), "theirs");
        Assert.Throws<OutputExistsException>(staged.Commit);
        Assert.Equal("theirs", File.ReadAllText(_temp.File("a")));
    }
}
