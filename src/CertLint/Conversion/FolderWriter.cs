using CertLint.IO;

namespace CertLint.Conversion;

/// <summary>Writes `convert --to der`'s files into a folder, all or nothing.</summary>
public static class FolderWriter
{
    /// <summary>
    /// Creates <paramref name="folder"/> when missing and writes every file into it: each is complete on disk before
    /// the first one gets its name, so a failure writes nothing (and a folder this call created is removed again while
    /// empty). An existing file without <paramref name="overwrite"/> throws <see cref="OutputExistsException"/>; other
    /// failures throw the <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> they raised.
    /// </summary>
    public static void Write(string folder, IReadOnlyList<(string Name, byte[] Bytes)> files, bool overwrite)
    {
        var created = !Directory.Exists(folder);
        var staged = new List<StagedFile>();
        var ok = false;
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var (name, bytes) in files)
            {
                staged.Add(AtomicFile.Stage(Path.Combine(folder, name), stream => stream.Write(bytes), overwrite));
            }
            foreach (var file in staged)
            {
                file.Commit();
            }
            ok = true;
        }
        finally
        {
            staged.ForEach(s => s.Dispose());
            if (!ok && created && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }
}
