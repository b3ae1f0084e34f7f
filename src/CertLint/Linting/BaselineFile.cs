using CertLint.Input;
using CertLint.IO;
using CertLint.Rules.Engine;
using CertLint.Rules.Engine.Baselines;

namespace CertLint.Linting;

/// <summary>
/// The baseline files of a lint run: <see cref="Read"/> loads the one --baseline names; an instance gathers the
/// entries --write-baseline writes: one per rule, certificate, target and field path, for findings that count and ones
/// an existing baseline accepted (keeping its justification), in report order.
/// </summary>
public sealed class BaselineFile
{
    private readonly HashSet<(string, string, string?, string?)> _seen = [];

    public List<BaselineEntry> Entries { get; } = [];

    /// <summary>The baseline at <paramref name="path"/>, or null after reporting why it cannot be used through <paramref name="error"/> (file, problem).</summary>
    public static Baseline? Read(string path, string workingDirectory, Action<string, string> error)
    {
        try
        {
            return Baseline.Parse(BoundedReader.ReadText(Path.GetFullPath(path, workingDirectory)));
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            error(path, ex is FormatException ? ex.Message : InputDecoder.ReadError(path, ex).Describe());
            return null;
        }
    }

    public void Add(FileReport file)
    {
        foreach (var certificate in file.Certificates)
        {
            foreach (var finding in certificate.Findings.Concat(certificate.Suppressed))
            {
                if (_seen.Add((finding.Rule, certificate.Sha256, finding.Target, finding.Path)))
                {
                    Entries.Add(new BaselineEntry
                    {
                        Rule = finding.Rule,
                        Sha256 = certificate.Sha256,
                        Target = finding.Target,
                        Path = finding.Path,
                        Subject = certificate.Subject,
                        File = file.File,
                        Justification = finding.Suppression ?? Baseline.Placeholder,
                    });
                }
            }
        }
    }

    /// <summary>The gathered entries as the bytes of a baseline file (UTF-8, no BOM).</summary>
    public byte[] ToBytes() => new System.Text.UTF8Encoding(false).GetBytes(Baseline.Write(Entries));
}
