using CertLint.Rules;
using CertLint.Rules.Engine;

namespace CertLint.Reports;

/// <summary>Counts over a whole run, accumulated file by file so no report has to stay in memory.</summary>
public sealed class LintSummary
{
    private readonly int[] _bySeverity = new int[4];

    public int Files { get; private set; }
    public int FilesWithErrors { get; private set; }
    public int Certificates { get; private set; }
    /// <summary>CRLs linted (each file's <see cref="FileReport.Crls"/>).</summary>
    public int Crls { get; private set; }
    public int Suppressed { get; private set; }
    /// <summary>Files of a directory walk holding keys or keystores and no certificate (not linted).</summary>
    public int KeyFiles { get; private set; }
    public int Findings => _bySeverity.Sum();
    public bool HasInputErrors => FilesWithErrors > 0;

    public int Count(Severity severity) => _bySeverity[(int)severity];

    public void Add(FileReport file)
    {
        if (file.KeyMaterial is not null)
        {
            KeyFiles++;
            return;
        }
        Files++;
        if (file.Errors.Count > 0)
        {
            FilesWithErrors++;
        }
        foreach (var certificate in file.Certificates)
        {
            Certificates++;
            Suppressed += certificate.Suppressed.Count;
            foreach (var finding in certificate.Findings)
            {
                _bySeverity[(int)finding.Severity]++;
            }
        }
        foreach (var crl in file.Crls)
        {
            Crls++;
            Suppressed += crl.Suppressed.Count;
            foreach (var finding in crl.Findings)
            {
                _bySeverity[(int)finding.Severity]++;
            }
        }
    }

    /// <summary>True when a finding that counts is at or above the threshold (null: never fail).</summary>
    public bool FailsAt(Severity? threshold) =>
        threshold is { } t && Severities.All.Any(s => Severities.AtOrAbove(s, t) && Count(s) > 0);
}
