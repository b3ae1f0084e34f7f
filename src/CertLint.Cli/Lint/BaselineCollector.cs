using CertLint.Rules.Engine;
using CertLint.Rules.Engine.Baselines;

namespace CertLint.Cli.Lint;

/// <summary>
/// Gathers the entries --write-baseline writes: one per rule, certificate, target and field path, for findings that count and ones an
/// existing baseline accepted (keeping its justification), in report order.
/// </summary>
internal sealed class BaselineCollector
{
    private readonly HashSet<(string, string, string?, string?)> _seen = [];

    public List<BaselineEntry> Entries { get; } = [];

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
}
