using CertLint.Input;

namespace CertLint.Cli;

/// <summary>Reads a path argument, where '-' means standard input; stdin is named '-' in every message and report.</summary>
public static class InputFiles
{
    public const string StdinName = "-";

    public static InputResult Read(string path, CliContext context, InputOptions? options = null)
    {
        if (path == "-")
        {
            using var stdin = context.OpenStdin();
            return InputDecoder.DecodeStream(StdinName, stdin, options);
        }
        return InputDecoder.DecodeFile(path, options);
    }

    /// <summary>The raw bytes of a path argument ('-': standard input), within the same size limit as decoding.</summary>
    public static (string Name, byte[]? Bytes, InputError? Error) ReadBytes(string path, CliContext context, InputOptions? options = null)
    {
        if (path == "-")
        {
            using var stdin = context.OpenStdin();
            var (bytes, error) = InputDecoder.ReadStream(StdinName, stdin, options);
            return (StdinName, bytes, error);
        }
        var (fileBytes, fileError) = InputDecoder.ReadFile(path, options);
        return (path, fileBytes, fileError);
    }

    /// <summary>An I/O exception as the one-line words of <see cref="IO.IoProblems"/>.</summary>
    public static string Describe(Exception exception) => IO.IoProblems.Describe(exception);
}
