namespace CertLint.Cli.Lint;

/// <summary>One input to lint: stdin ("-"), a file named on the command line, or a file found in a directory.</summary>
public sealed record LintInput(string Path, bool FromDirectory)
{
    public bool IsStdin => Path == "-";
}

/// <summary>
/// Expands the command line's paths: directories recursively in ordinal order (so output order never depends on the
/// file system), filtered by --include/--exclude; files and "-" as given. Only the names are collected up front.
/// </summary>
public static class InputPaths
{
    public static List<LintInput> Expand(IEnumerable<string> paths, IReadOnlyList<Glob> include, IReadOnlyList<Glob> exclude, string workingDirectory) =>
        [.. Enumerate(paths, include, exclude, workingDirectory)];

    /// <summary>As <see cref="Expand"/>, but lazily: `--files-from` lists of any length are never held in memory.</summary>
    public static IEnumerable<LintInput> Enumerate(IEnumerable<string> paths, IReadOnlyList<Glob> include, IReadOnlyList<Glob> exclude, string workingDirectory)
    {
        foreach (var path in paths)
        {
            var full = path == "-" ? path : Path.GetFullPath(path, workingDirectory);
            if (path != "-" && Directory.Exists(full))
            {
                foreach (var file in Walk(full))
                {
                    var relative = Path.GetRelativePath(full, file);
                    if ((include.Count == 0 || include.Any(g => g.Matches(relative))) && !exclude.Any(g => g.Matches(relative)))
                    {
                        yield return new LintInput(Path.Join(path, relative), FromDirectory: true);
                    }
                }
            }
            else
            {
                yield return new LintInput(path, FromDirectory: false);
            }
        }
    }

    private static IEnumerable<string> Walk(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(directory, "*", options).Order(StringComparer.Ordinal))
        {
            yield return file;
        }
        foreach (var sub in Directory.EnumerateDirectories(directory, "*", options).Order(StringComparer.Ordinal))
        {
            foreach (var file in Walk(sub))
            {
                yield return file;
            }
        }
    }
}
