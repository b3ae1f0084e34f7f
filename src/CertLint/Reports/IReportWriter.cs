using CertLint.Rules;
using CertLint.Rules.Engine;

namespace CertLint.Reports;

/// <summary>What every report starts with: the tool, the profiles and threshold in force, and the rules that may report.</summary>
public sealed class ReportHeader
{
    public required string ToolVersion { get; init; }
    public required IReadOnlyList<string> Profiles { get; init; }
    /// <summary>--fail-on threshold; null for "never".</summary>
    public required Severity? FailOn { get; init; }
    public required IReadOnlyList<RuleDescriptor> Rules { get; init; }
    /// <summary>Paths in reports are made relative to this directory where they lie below it (SARIF URIs).</summary>
    public required string WorkingDirectory { get; init; }
}

/// <summary>
/// A report format, written incrementally: the header, then each file as soon as it is linted (in input order), then
/// the summary. Nothing of earlier files is kept, so memory does not grow with the number of files.
/// </summary>
public interface IReportWriter
{
    void Begin(ReportHeader header);
    void WriteFile(FileReport file);
    void End(LintSummary summary);
}

public static class ReportFormats
{
    public static readonly string[] Names = ["text", "json", "jsonl", "sarif", "junit"];

    public static IReportWriter Create(string format, TextWriter output, bool color, bool quiet) => format switch
    {
        "text" => new TextReportWriter(output, color, quiet),
        "json" => new Json.JsonReportWriter(output),
        "jsonl" => new Json.JsonlReportWriter(output),
        "sarif" => new Sarif.SarifReportWriter(output),
        "junit" => new JunitReportWriter(output),
        _ => throw new ArgumentException($"unknown format '{format}'"),
    };
}
