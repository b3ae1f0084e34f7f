namespace CertLint.Linting;

/// <summary>
/// `--files-from FILE|-`: the inputs listed one path per line ('-' reads the list from standard input). Lines are read
/// lazily as the run consumes them, so a list of millions of paths is never held in memory. Empty lines are skipped, a
/// trailing CR is dropped, and a line "-" names a file called "-" (standard input already carries the list or is not
/// meant). The list is as hostile as any input: a line longer than <see cref="MaxLine"/> characters ends the list
/// (`--files-from /dev/zero` is one endless line), and a line with a NUL character is skipped; each is an error.
/// </summary>
public sealed class FilesFrom : IDisposable
{
    /// <summary>Longer than any path Linux accepts (PATH_MAX is 4,096 bytes).</summary>
    public const int MaxLine = 4096;

    private readonly TextReader _reader;
    private readonly string _source;
    private readonly Action<string, string> _error;

    private FilesFrom(TextReader reader, string source, Action<string, string> error) => (_reader, _source, _error) = (reader, source, error);

    /// <summary>Whether a line of the list was refused (the caller exits 2).</summary>
    public bool Failed { get; private set; }

    /// <summary>
    /// Opens the list ('-': <paramref name="openStdin"/>), or reports why it cannot be read through
    /// <paramref name="error"/> (file, problem: one line, exit 2 for the caller) and returns null.
    /// </summary>
    public static FilesFrom? Open(string source, string workingDirectory, Func<Stream> openStdin, Action<string, string> error)
    {
        if (source == "-")
        {
            return new FilesFrom(new StreamReader(openStdin()), source, error);
        }
        try
        {
            var full = Path.GetFullPath(source, workingDirectory);
            if (Directory.Exists(full))
            {
                error(source, "cannot read the list of inputs: is a directory");
                return null;
            }
            return new FilesFrom(new StreamReader(full), source, error);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error(source, "cannot read the list of inputs: " + IO.IoProblems.Describe(ex));
            return null;
        }
    }

    public IEnumerable<string> Paths()
    {
        var line = new System.Text.StringBuilder();
        for (var number = 1; ReadLine(line); number++)
        {
            if (line.Length > MaxLine)
            {
                Fail($"line {number} is longer than {MaxLine} characters; the list is not read past it");
                yield break;
            }
            if (line.Length == 0)
            {
                continue;
            }
            var path = line.ToString();
            if (path.Contains('\0'))
            {
                Fail($"line {number} holds a NUL character, which no path can; skipped");
                continue;
            }
            yield return path == "-" ? "./-" : path;
        }
    }

    /// <summary>One line into <paramref name="line"/> (LF, CRLF or CR ends it), stopping past <see cref="MaxLine"/>; false at the end of the list.</summary>
    private bool ReadLine(System.Text.StringBuilder line)
    {
        line.Clear();
        int c;
        while ((c = _reader.Read()) >= 0)
        {
            if (c == '\n')
            {
                return true;
            }
            if (c == '\r')
            {
                if (_reader.Peek() == '\n')
                {
                    _reader.Read();
                }
                return true;
            }
            line.Append((char)c);
            if (line.Length > MaxLine)
            {
                return true;
            }
        }
        return line.Length > 0;
    }

    private void Fail(string problem)
    {
        Failed = true;
        _error(_source, problem);
    }

    public void Dispose() => _reader.Dispose();
}
