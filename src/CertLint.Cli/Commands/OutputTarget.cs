using CertLint.Conversion;
using CertLint.IO;

namespace CertLint.Cli.Commands;

/// <summary>Where <c>-o</c> points: stdout, one file, or a folder (existing, or named with a trailing '/').</summary>
internal sealed record OutputTarget(string Display, string Path, bool IsStdout, bool IsFolder)
{
    public static OutputTarget From(string output, string workingDirectory)
    {
        if (output == "-")
        {
            return new OutputTarget("stdout", "", IsStdout: true, IsFolder: false);
        }
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(workingDirectory, output));
        var folder = Directory.Exists(full) || output.EndsWith('/') || output.EndsWith(System.IO.Path.DirectorySeparatorChar);
        return new OutputTarget(output, full, IsStdout: false, folder);
    }

    /// <summary>A path under this target as the user would name it.</summary>
    public string Show(string full) =>
        full == Path ? Display : IsFolder ? System.IO.Path.Combine(Display, System.IO.Path.GetFileName(full)) : full;

    /// <summary>Why writing here cannot work, checked before any input is read; the write itself checks again.</summary>
    public string? Problem(ConvertOptions options, bool force)
    {
        if (IsStdout)
        {
            return null;
        }
        if (IsFolder)
        {
            return options.Format == OutputFormat.Der ? null : "is a folder: only --to der writes into a folder (one file per certificate)";
        }
        if (!force && AtomicFile.Exists(Path))
        {
            return "already exists; use --force to overwrite";
        }
        var parent = System.IO.Path.GetDirectoryName(Path);
        return parent is not null && !Directory.Exists(parent) ? $"cannot write: folder '{parent}' does not exist" : null;
    }
}
