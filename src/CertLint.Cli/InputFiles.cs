using CertLint.Input;

namespace CertLint.Cli;

/// <summary>Reads a path argument, where '-' means standard input.</summary>
public static class InputFiles
{
    public const string StdinName = "<stdin>";

    public static InputResult Read(string path, CliContext context, InputOptions? options = null)
    {
        if (path == "-")
        {
            using var stdin = context.OpenStdin();
            return InputDecoder.DecodeStream(StdinName, stdin, options);
        }
        return InputDecoder.DecodeFile(path, options);
    }
}
