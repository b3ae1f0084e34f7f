namespace CertLint.IO;

/// <summary>
/// What went wrong with a file, in words a user can act on, never .NET's exception text ("Could not find file
/// '/abs/path'") or type names: the one wording every command uses after an I/O exception.
/// </summary>
public static class IoProblems
{
    public static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "path too long",
        EndOfStreamException => "file ends early",
        // BoundedReader's own refusals say what and where (a device such as /dev/urandom, a directory as a file).
        InputTooLargeException tooLarge => $"{tooLarge.Message} (at byte {tooLarge.Limit})",
        InputIsDirectoryException => "is a directory",
        IOException => "cannot read (I/O error)",
        _ => "cannot read",
    };

    /// <summary>The same for an output file (its temporary copy is created beside it, then renamed onto it).</summary>
    public static string DescribeWrite(Exception exception) => exception switch
    {
        UnauthorizedAccessException => "cannot write: permission denied",
        FileNotFoundException or DirectoryNotFoundException => "cannot write: a file cannot be created in its directory",
        PathTooLongException => "cannot write: path too long",
        IOException => "cannot write (I/O error; is the disk full?)",
        _ => "cannot write",
    };
}
