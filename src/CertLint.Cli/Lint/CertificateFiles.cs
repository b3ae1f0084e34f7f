using CertLint.Input;
using CertLint.X509;

namespace CertLint.Cli.Lint;

/// <summary>Reads the certificates of --chain and --ca files; any input error makes the file unusable.</summary>
public static class CertificateFiles
{
    public static IReadOnlyList<Certificate>? Read(IEnumerable<string> files, string workingDirectory, CliContext context)
    {
        var certificates = new List<Certificate>();
        foreach (var file in files)
        {
            var result = InputDecoder.DecodeFile(Path.GetFullPath(file, workingDirectory));
            if (result.Errors.Count > 0)
            {
                context.Error(file, result.Errors[0].Describe());
                return null;
            }
            var decoded = result.Certificates.Select(c => c.Certificate).OfType<Certificate>().ToList();
            if (decoded.Count == 0)
            {
                context.Error(file, "holds no certificate");
                return null;
            }
            certificates.AddRange(decoded);
        }
        return certificates;
    }
}
