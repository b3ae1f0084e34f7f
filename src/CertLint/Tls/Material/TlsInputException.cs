namespace CertLint.Tls.Material;

/// <summary>A file tls-check cannot use at all: the CLI prints it as one line naming the file and exits 2.</summary>
public sealed class TlsInputException(string file, string message) : Exception(message)
{
    public string File { get; } = file;
}
