using CertLint.Input;
using CertLint.X509;

namespace CertLint.Linting;

/// <summary>Reads the certificates of --chain and --ca files; any input error makes the file unusable.</summary>
public static class CertificateFiles
{
    /// <summary>The certificates of every file, or null after reporting the first unusable file through <paramref name="error"/> (file, problem).</summary>
    public static IReadOnlyList<Certificate>? Read(IEnumerable<string> files, string workingDirectory, Action<string, string> error)
    {
        var certificates = new List<Certificate>();
        foreach (var file in files)
        {
            var result = InputDecoder.DecodeFile(Path.GetFullPath(file, workingDirectory));
            if (result.Errors.Count > 0)
            {
                error(file, result.Errors[0].Describe());
                return null;
            }
            var decoded = result.Certificates.Select(c => c.Certificate).OfType<Certificate>().ToList();
            if (decoded.Count == 0)
            {
                error(file, "holds no certificate");
                return null;
            }
            certificates.AddRange(decoded);
        }
        return certificates;
    }
}
