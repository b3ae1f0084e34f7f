namespace CertLint.Linting;

/// <summary>
/// `--files-from FILE|-`: the inputs listed one path per line ('-' reads the list from standard input). Lines are read
/// lazily as the run consumes them, so a list of millions of paths is never held in memory. Empty lines are skipped, a
/// trailing CR is dropped, and a line "-" names a file called "-" (standard input already carries the list or is not
/// meant).
/// </summary>
public sealed class FilesFrom : IDisposable
{
    private readonly TextReader _reader;

    private FilesFrom(TextReader reader) => _reader = reader;

    /// <summary>
    /// Opens the list ('-': <paramref name="openStdin"/>), or reports why it cannot be read through
    /// <paramref name="error"/> (file, problem: one line, exit 2 for the caller) and returns null.
    /// </summary>
    public static FilesFrom? Open(string source, string workingDirectory, Func<Stream> openStdin, Action<string, string> error)
    {
        if (source == "-")
        {
            return new FilesFrom(new StreamReader(openStdin()));
        }
        try
        {
            return new FilesFrom(new StreamReader(Path.GetFullPath(source, workingDirectory)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error(source, "cannot read the list of inputs: " + ex.Message.TrimEnd('.'));
            return null;
        }
    }

    public IEnumerable<string> Paths()
    {
        while (_reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            yield return line == "-" ? "./-" : line;
        }
    }

    public void Dispose() => _reader.Dispose();
}
