namespace CertLint.IO;

/// <summary>
/// Writes files so that a reader never sees a half-written output and a failure leaves nothing behind: content goes
/// to a temporary file beside the target (same directory, so the final rename stays on one file system) and is
/// renamed into place only once complete and flushed to disk. Without <c>overwrite</c> an existing target is never
/// replaced, including one that appears while we write (the final move refuses to clobber).
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, ReadOnlySpan<byte> content, bool overwrite)
    {
        var bytes = content.ToArray();
        Write(path, stream => stream.Write(bytes), overwrite);
    }

    /// <summary>Writes through <paramref name="produce"/>; if it (or the final flush) throws, the temporary file is removed and the target is untouched.</summary>
    public static void Write(string path, Action<Stream> produce, bool overwrite)
    {
        using var staged = Stage(path, produce, overwrite);
        staged.Commit();
    }

    /// <summary>
    /// Writes the temporary file now and renames it later with <see cref="StagedFile.Commit"/>, so several outputs can
    /// all be prepared before any of them appears. Disposing an uncommitted stage deletes its temporary file.
    /// </summary>
    public static StagedFile Stage(string path, Action<Stream> produce, bool overwrite)
    {
        var staged = Begin(path, overwrite);
        try
        {
            produce(staged.Stream);
            staged.Close();
            return staged;
        }
        catch
        {
            staged.Dispose();
            throw;
        }
    }

    /// <summary>
    /// An output to be written through <see cref="StagedFile.Stream"/> (a report streamed as it is made). Nothing is
    /// created until the stream is first used; then the temporary file is tracked by <see cref="TemporaryFiles"/>,
    /// so SIGINT/SIGTERM removes it too.
    /// </summary>
    /// <param name="shownAs">The name errors give the file (the path as the user typed it, when <paramref name="path"/> was resolved).</param>
    public static StagedFile Begin(string path, bool overwrite, string? shownAs = null)
    {
        var shown = shownAs ?? path;
        var full = Path.GetFullPath(path);
        if (!overwrite && Exists(full))
        {
            throw new OutputExistsException(shown);
        }
        RefuseSpecialFile(shown, full);
        var directory = Path.GetDirectoryName(full) ?? throw new IOException($"{shown}: has no parent directory");
        return new StagedFile(shown, full, Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp"), overwrite);
    }

    /// <summary>
    /// A device, FIFO or socket is never replaced, even with --force: renaming a file over /dev/null (as root) would
    /// replace the device node itself.
    /// </summary>
    internal static void RefuseSpecialFile(string path, string full)
    {
        var kind = FileKinds.Probe(full).Kind;
        if (kind is not (FileKind.Regular or FileKind.Missing or FileKind.Directory or FileKind.Unknown))
        {
            throw new OutputFailedException(path, $"is {FileKinds.Describe(kind)}, not a regular file; it is never replaced");
        }
    }

    /// <summary>A symbolic link counts as an existing output even when it dangles.</summary>
    public static bool Exists(string fullPath) =>
        File.Exists(fullPath) || Directory.Exists(fullPath) || new FileInfo(fullPath).LinkTarget is not null;

    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the temporary name starts with a dot and ends in .tmp, so a leftover is recognisable.
        }
    }
}

/// <summary>
/// An output being written to a temporary file beside its target, renamed onto the target by <see cref="Commit"/>.
/// Disposed without a commit (an exception, a full disk), the temporary file is removed.
/// </summary>
public sealed class StagedFile : IDisposable
{
    private readonly string _full;
    private readonly string _temp;
    private readonly bool _overwrite;
    private FileStream? _stream;
    private IDisposable? _tracking;
    private bool _closed;
    private bool _done;

    internal StagedFile(string path, string full, string temp, bool overwrite)
    {
        Path = path;
        _full = full;
        _temp = temp;
        _overwrite = overwrite;
    }

    /// <summary>The target as the caller named it.</summary>
    public string Path { get; }

    /// <summary>The temporary file's stream, created on first use.</summary>
    public Stream Stream
    {
        get
        {
            ObjectDisposedException.ThrowIf(_done || _closed, this);
            if (_stream is null)
            {
                _tracking = TemporaryFiles.Track(_temp);
                _stream = Failing(() => new FileStream(_temp, FileMode.CreateNew, FileAccess.Write, FileShare.None));
            }
            return _stream;
        }
    }

    /// <summary>Flushes the content to disk and closes the temporary file (a full disk throws here, before any rename).</summary>
    internal void Close()
    {
        if (_closed)
        {
            return;
        }
        var stream = (FileStream)Stream;
        Failing(() =>
        {
            stream.Flush(flushToDisk: true);
            stream.Dispose();
            return true;
        });
        _closed = true;
    }

    public void Commit()
    {
        if (_done)
        {
            throw new InvalidOperationException($"{Path}: already committed or discarded");
        }
        Close();
        if (!_overwrite && AtomicFile.Exists(_full))
        {
            throw new OutputExistsException(Path);
        }
        AtomicFile.RefuseSpecialFile(Path, _full);
        try
        {
            KeepMode();
            File.Move(_temp, _full, _overwrite);
        }
        catch (IOException) when (!_overwrite && AtomicFile.Exists(_full))
        {
            // Lost a race with another writer: theirs stays.
            throw new OutputExistsException(Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputFailedException(Path, IoProblems.DescribeWrite(ex));
        }
        _done = true;
        _tracking?.Dispose();
    }

    /// <summary>A replaced file keeps its permissions: --force over a 0600 report leaves a 0600 report.</summary>
    private void KeepMode()
    {
        if (!_overwrite || OperatingSystem.IsWindows() || !File.Exists(_full))
        {
            return;
        }
        File.SetUnixFileMode(_temp, File.GetUnixFileMode(_full));
    }

    /// <summary>An I/O failure on the temporary file, as the one error every command reports for its output.</summary>
    private T Failing<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && ex is not OutputFailedException)
        {
            throw new OutputFailedException(Path, IoProblems.DescribeWrite(ex));
        }
    }

    public void Dispose()
    {
        if (!_done)
        {
            try
            {
                _stream?.Dispose();
            }
            catch (IOException)
            {
                // A full disk fails the final flush too; the file goes anyway.
            }
            AtomicFile.TryDelete(_temp);
            _tracking?.Dispose();
            _done = true;
        }
    }
}

/// <summary>An output could not be written: what is wrong, in <see cref="IoProblems"/>' words (no .NET exception text).</summary>
public sealed class OutputFailedException(string path, string reason) : IOException($"{path}: {reason}")
{
    public string OutputPath { get; } = path;

    public string Reason { get; } = reason;
}

/// <summary>The output already exists and overwriting was not allowed.</summary>
public sealed class OutputExistsException(string path) : IOException($"{path}: already exists")
{
    public string OutputPath { get; } = path;
}
