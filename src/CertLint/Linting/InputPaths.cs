using CertLint.IO;

namespace CertLint.Linting;

/// <summary>
/// One input to lint: stdin ("-"), a file named on the command line, or a file found in a directory. A directory the
/// walk could not read is an input too, carrying its <see cref="Error"/> (reported like bad input: exit 2).
/// </summary>
public sealed record LintInput(string Path, bool FromDirectory)
{
    public bool IsStdin => Path == "-";

    /// <summary>Why this entry could not be read (an unreadable subdirectory); null for a file to decode.</summary>
    public string? Error { get; init; }
}

/// <summary>
/// Expands the command line's paths: directories recursively in ordinal order (so output order never depends on the
/// file system), filtered by --include/--exclude; files and "-" as given. Only the names are collected up front.
/// In a walk, symbolic links are followed (to files and to directories; a directory already on the walk is not
/// entered twice, so link loops end), FIFOs, devices and sockets are skipped with a note (opening a FIFO would wait
/// for a writer for ever), and a subdirectory that cannot be listed becomes an input error.
/// </summary>
public static class InputPaths
{
    public static List<LintInput> Expand(IEnumerable<string> paths, IReadOnlyList<Glob> include, IReadOnlyList<Glob> exclude, string workingDirectory,
        Action<string, string>? note = null, Func<string, (string[] Entries, Exception? Error)>? list = null) =>
        [.. Enumerate(paths, include, exclude, workingDirectory, note, list)];

    /// <summary>As <see cref="Expand"/>, but lazily path by path: `--files-from` lists of any length are never held in memory.</summary>
    public static IEnumerable<LintInput> Enumerate(IEnumerable<string> paths, IReadOnlyList<Glob> include, IReadOnlyList<Glob> exclude, string workingDirectory,
        Action<string, string>? note = null, Func<string, (string[] Entries, Exception? Error)>? list = null)
    {
        foreach (var path in paths)
        {
            var full = path == "-" ? path : Path.GetFullPath(path, workingDirectory);
            if (path != "-" && Directory.Exists(full))
            {
                // One directory's walk is collected before it is handed on (the walk is ordered and loop-guarded).
                var inputs = new List<LintInput>();
                var walk = new Walker(full, path, include, exclude, note ?? ((_, _) => { }), list ?? List, inputs);
                walk.Directory(full, FileKinds.Probe(full));
                foreach (var input in inputs)
                {
                    yield return input;
                }
            }
            else
            {
                yield return new LintInput(path, FromDirectory: false);
            }
        }
    }

    /// <summary>Lists a directory: every entry by full path, ordinal order, or why it cannot be listed.</summary>
    public static (string[] Entries, Exception? Error) List(string directory)
    {
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 };
            return ([.. Directory.EnumerateFileSystemEntries(directory, "*", options).Order(StringComparer.Ordinal)], null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ([], ex);
        }
    }

    private sealed class Walker(string root, string shown, IReadOnlyList<Glob> include, IReadOnlyList<Glob> exclude, Action<string, string> note,
        Func<string, (string[] Entries, Exception? Error)> list, List<LintInput> inputs)
    {
        /// <summary>Directories walked so far, by device and inode (or by path where the OS gives no inode): each is read once.</summary>
        private readonly HashSet<(ulong, ulong, string?)> _visited = [];

        private string Shown(string full) => full == root ? shown : Path.Join(shown, Path.GetRelativePath(root, full));

        public void Directory(string directory, FileIdentity identity)
        {
            var key = identity.HasInode ? (identity.Device, identity.Inode, (string?)null) : (0UL, 0UL, directory);
            if (!_visited.Add(key))
            {
                note(Shown(directory), "skipped: a symbolic link to a directory already walked (each directory is read once, so link loops end)");
                return;
            }
            var (entries, error) = list(directory);
            if (error is not null)
            {
                var why = error is UnauthorizedAccessException ? "permission denied" : error.Message.ReplaceLineEndings(" ").TrimEnd('.');
                inputs.Add(new LintInput(Shown(directory), FromDirectory: true) { Error = $"cannot read directory: {why}" });
                return;
            }
            var subdirectories = new List<(string, FileIdentity)>();
            foreach (var entry in entries)
            {
                var kind = FileKinds.Probe(entry);
                switch (kind.Kind)
                {
                    case FileKind.Directory:
                        subdirectories.Add((entry, kind));
                        break;
                    case FileKind.Regular:
                        AddFile(entry);
                        break;
                    default:
                        if (Selected(entry))
                        {
                            note(Shown(entry), $"skipped: {FileKinds.Describe(kind.Kind)}, not a regular file");
                        }
                        break;
                }
            }
            // Files first, then subdirectories, each in ordinal order (the order the walk always had).
            foreach (var (sub, kind) in subdirectories)
            {
                Directory(sub, kind);
            }
        }

        private bool Selected(string file)
        {
            var relative = Path.GetRelativePath(root, file);
            return (include.Count == 0 || include.Any(g => g.Matches(relative))) && !exclude.Any(g => g.Matches(relative));
        }

        private void AddFile(string file)
        {
            if (Selected(file))
            {
                inputs.Add(new LintInput(Shown(file), FromDirectory: true));
            }
        }
    }
}
