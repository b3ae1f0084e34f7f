using CertLint.IO;
using CertLint.Input;
using CertLint.Rules.Engine;

namespace CertLint.Linting;

/// <summary>
/// Lints one input of a run: decodes it (a file relative to the working directory, or standard input through
/// <c>openStdin</c>) and hands it to the engine. Never throws: a bug on one input becomes that input's error.
/// With a <paramref name="pause"/> (a process that lints and exits), the first large input is decoded and judged
/// without garbage collections.
/// </summary>
public sealed class InputLinter(LintEngine engine, string workingDirectory, Func<Stream> openStdin, CollectionPause? pause = null)
{
    private static readonly HashSet<string> CertificateExtensions = new([".pem", ".crt", ".cer", ".cert", ".der", ".p7b", ".p7c", ".p7s", ".pkcs7", ".ca-bundle"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Null for a file found in a directory that holds nothing recognisable and is not named like a certificate file
    /// (directories hold READMEs and scripts too); a broken *.pem there is still reported.
    /// </summary>
    public FileReport? Lint(LintInput input)
    {
        try
        {
            return DecodeAndLint(input);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug on one file must not lose the report of the others: that file becomes an input error (exit 2).
            var problem = $"internal error while linting: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}";
            return new FileReport { File = input.Path, Encoding = "unreadable", Certificates = [], Errors = [new InputError(input.Path, problem)] };
        }
    }

    private FileReport? DecodeAndLint(LintInput input)
    {
        if (input.Error is { } unreadable)
        {
            return new FileReport { File = input.Path, Encoding = "unreadable", Certificates = [], Errors = [new InputError(input.Path, unreadable)] };
        }
        var name = input.IsStdin ? "-" : Path.GetFullPath(input.Path, workingDirectory);
        var read = input.IsStdin ? InputDecoder.ReadStream(name, openStdin()) : InputDecoder.ReadFile(name);
        if (read.Bytes is { } bytes)
        {
            pause?.TryBegin(bytes.Length);
        }
        var result = InputDecoder.DecodeRead(name, read);
        if (!input.IsStdin)
        {
            result = result with { File = input.Path };
        }
        if (input.FromDirectory && result.Objects.Count == 0 && !CertificateExtensions.Contains(Path.GetExtension(input.Path)))
        {
            return null;
        }
        if (result.Errors.Count == 0 && result.Objects.Count > 0 && result.Objects.All(o => o.Kind != ObjectKind.Certificate && o.Kind != ObjectKind.Pkcs7 && o.Kind != ObjectKind.Crl))
        {
            var holds = NoCertificate.Describe(result.Objects.Select(o => o.Kind));
            // A named file that is the wrong artifact (a key, a protected .p12) fails the run like in every other
            // command; in a directory walk key files are expected and only counted.
            return input.FromDirectory && result.Objects.All(o => ObjectKinds.IsPrivateKey(o.Kind) || o.Kind is ObjectKind.Pkcs12 or ObjectKind.PublicKey)
                ? new FileReport { File = result.File, Encoding = result.Encoding, Certificates = [], KeyMaterial = holds }
                : new FileReport { File = result.File, Encoding = result.Encoding, Certificates = [], Errors = [new InputError(result.File, $"holds no certificate, only {holds}")] };
        }
        var report = engine.Lint(result);
        // The input's decoded models became garbage with the line above; give them back before the report is written.
        LargeInput.CollectBetweenPhases(report.Certificates.Count);
        return report;
    }
}
