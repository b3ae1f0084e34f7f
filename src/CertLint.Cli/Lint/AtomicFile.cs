namespace CertLint.Cli.Lint;

/// <summary>
/// An output file written beside its destination and renamed over it on <see cref="Commit"/>, so readers never see
/// half a report; disposed without commit, the temporary file is removed.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly string _destination;
    private readonly string _temporary;
    private readonly bool _overwrite;
    private bool _committed;

    private AtomicFile(string destination, bool overwrite)
    {
        _destination = destination;
        _overwrite = overwrite;
        _temporary = Path.Combine(Path.GetDirectoryName(destination)!, $".{Path.GetFileName(destination)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        Writer = new StreamWriter(_temporary, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
    }

    public TextWriter Writer { get; }

    /// <summary>Null with a reason when the destination exists and <paramref name="force"/> is not set, or its folder is missing.</summary>
    public static AtomicFile? Open(string path, string workingDirectory, bool force, out string? problem)
    {
        var full = Path.GetFullPath(path, workingDirectory);
        problem = File.Exists(full) && !force ? "already exists (use --force to overwrite)"
            : Directory.Exists(full) ? "is a directory"
            : !Directory.Exists(Path.GetDirectoryName(full)) ? "its directory does not exist"
            : null;
        if (problem is not null)
        {
            return null;
        }
        try
        {
            return new AtomicFile(full, force);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = "cannot write: " + ex.Message.TrimEnd('.');
            return null;
        }
    }

    public void Commit()
    {
        Writer.Flush();
        Writer.Dispose();
        File.Move(_temporary, _destination, _overwrite);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            Writer.Dispose();
            File.Delete(_temporary);
        }
    }
}
