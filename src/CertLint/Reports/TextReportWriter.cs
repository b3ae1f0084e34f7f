using CertLint.Input;
using CertLint.IO;
using CertLint.Rules;
using CertLint.Rules.Engine;

namespace CertLint.Reports;

/// <summary>
/// For people: findings grouped by file and certificate, worst first, severity-coloured when asked, and a summary
/// line. Text from certificates and file names is escaped (<see cref="TerminalText"/>); only the colour codes are raw. With <c>quiet</c>, certificates and files without findings are left out.
/// </summary>
public sealed class TextReportWriter(TextWriter output, bool color, bool quiet) : IReportWriter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";

    public void Begin(ReportHeader header)
    {
    }

    public void WriteFile(FileReport file)
    {
        var interesting = file.Certificates.Where(c => c.Findings.Count > 0).ToList();
        var interestingCrls = file.Crls.Where(c => c.Findings.Count > 0).ToList();
        if (file.KeyMaterial is not null || (quiet && interesting.Count == 0 && interestingCrls.Count == 0 && file.Errors.Count == 0))
        {
            return;
        }
        var crls = file.Crls.Count > 0 ? $", {Plural(file.Crls.Count, "CRL")}" : "";
        output.WriteLine(Paint(Bold, TerminalText.Escape(file.File)) + Paint(Dim, $" ({file.Encoding}, {Plural(file.Certificates.Count, "certificate")}{crls})"));
        foreach (var error in file.Errors.Take(InputError.PrintedPerFile))
        {
            output.WriteLine("  " + Paint(Colour(Severity.Error), "input error") + ": " + TerminalText.Escape(error.Message) + (error.Offset is { } o ? $" (byte {o})" : ""));
        }
        if (file.Errors.Count > InputError.PrintedPerFile)
        {
            output.WriteLine("  " + Paint(Colour(Severity.Error), "input error") + ": " + InputError.More(file.Errors.Skip(InputError.PrintedPerFile).Sum(e => (long)e.Weight)));
        }
        WriteEach(quiet ? interesting : file.Certificates, WriteCertificate);
        WriteEach(quiet ? interestingCrls : file.Crls, WriteCrl);
    }

    private void WriteCertificate(TextWriter to, CertificateReport certificate)
    {
        var subject = certificate.Subject is { Length: > 0 } s ? TerminalText.Escape(s) : certificate.Subject is null ? "(does not decode)" : "(empty subject)";
        var status = certificate.Findings.Count == 0 ? Paint(Colour(Severity.Info), " ok") : "";
        to.WriteLine($"  #{certificate.Index} {subject}{Paint(Dim, $" [{certificate.Role}, line {certificate.Line}, sha256 {certificate.Sha256[..16]}]")}{status}");
        WriteFindings(to, certificate.Findings);
        if (certificate.Attachments.TryGetValue("verify", out var verify))
        {
            to.WriteLine(Paint(Dim, $"    verify: {TerminalText.Escape(verify)}"));
        }
        if (certificate.Suppressed.Count > 0)
        {
            to.WriteLine(Paint(Dim, $"    ({Plural(certificate.Suppressed.Count, "finding")} accepted by the baseline)"));
        }
    }

    private void WriteCrl(TextWriter to, CrlReport crl)
    {
        var issuer = crl.Issuer is { Length: > 0 } i ? TerminalText.Escape(i) : crl.Issuer is null ? "(does not decode)" : "(empty issuer)";
        var facts = crl.ThisUpdate is null ? "" : $"thisUpdate {crl.ThisUpdate}, nextUpdate {crl.NextUpdate ?? "none"}, "
            + (crl.CrlNumber is { } n ? $"number {n}, " : "") + (crl.DeltaBase is { } b ? $"delta of {b}, " : "") + $"{crl.Revoked} revoked, ";
        var status = crl.Findings.Count == 0 ? Paint(Colour(Severity.Info), " ok") : "";
        to.WriteLine($"  CRL #{crl.Index} {issuer}{Paint(Dim, $" [{TerminalText.Escape(facts)}line {crl.Line}, sha256 {crl.Sha256[..16]}]")}{status}");
        WriteFindings(to, crl.Findings);
        if (crl.Suppressed.Count > 0)
        {
            to.WriteLine(Paint(Dim, $"    ({Plural(crl.Suppressed.Count, "finding")} accepted by the baseline)"));
        }
    }

    /// <summary>
    /// Writes the items (certificates, CRLs) in order. Many are rendered on every core, <see cref="RenderedTogether"/> at a time, and then
    /// written: rendering 10,000 certificates' lines was the last 40 ms of lint, on one core.
    /// </summary>
    private void WriteEach<T>(IReadOnlyList<T> items, Action<TextWriter, T> write)
    {
        if (!Work.InParallel(items.Count))
        {
            foreach (var item in items)
            {
                write(output, item);
            }
            return;
        }
        var rendered = new string[Math.Min(RenderedTogether, items.Count)];
        for (var start = 0; start < items.Count; start += RenderedTogether)
        {
            var count = Math.Min(RenderedTogether, items.Count - start);
            var first = start;
            Work.For(count, i =>
            {
                var text = new StringWriter { NewLine = output.NewLine };
                write(text, items[first + i]);
                rendered[i] = text.ToString();
            });
            for (var i = 0; i < count; i++)
            {
                output.Write(rendered[i]);
            }
        }
    }

    /// <summary>Items rendered before they are written: a bounded batch, so 327,000 certificates never wait as text together.</summary>
    private const int RenderedTogether = 4_096;

    private void WriteFindings(TextWriter to, IReadOnlyList<ReportedFinding> findings)
    {
        foreach (var finding in findings)
        {
            var where = finding.Path is null ? "" : Paint(Dim, $" at {TerminalText.Escape(finding.Path)}" + (finding.Offset is { } offset ? $" (byte {offset})" : ""));
            // A long finding (mbedtls.parse): the verdict on the first line, cause, fixes and warnings indented below.
            to.WriteLine($"    {Paint(Colour(finding.Severity), Severities.Name(finding.Severity).PadRight(7))} {finding.Rule}: {TerminalText.Escape(finding.Headline ?? finding.Message)}{where}");
            foreach (var detail in finding.Headline is null ? [] : finding.Details)
            {
                to.WriteLine("              " + TerminalText.Escape(detail));
            }
        }
    }

    public void End(LintSummary summary)
    {
        var counts = string.Join(", ", Severities.All.Select(s => $"{summary.Count(s)} {Severities.Name(s)}"));
        var suppressed = summary.Suppressed > 0 ? $"; {summary.Suppressed} suppressed by baseline" : "";
        var errors = summary.FilesWithErrors > 0 ? $"; {Plural(summary.FilesWithErrors, "file")} with input errors" : "";
        var keys = summary.KeyFiles > 0 ? $"; {Plural(summary.KeyFiles, "key file")} skipped" : "";
        var crls = summary.Crls > 0 ? $", {Plural(summary.Crls, "CRL")}" : "";
        output.WriteLine($"{Plural(summary.Files, "file")}, {Plural(summary.Certificates, "certificate")}{crls}: {Plural(summary.Findings, "finding")} ({counts}){suppressed}{errors}{keys}");
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static string Colour(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        Severity.Notice => "\u001b[36m",
        _ => "\u001b[32m",
    };

    private string Paint(string code, string text) => color ? code + text + Reset : text;
}
