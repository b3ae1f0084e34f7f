using System.Xml;
using CertLint.IO;
using CertLint.Rules;
using CertLint.Rules.Engine;

namespace CertLint.Reports;

/// <summary>
/// JUnit XML for CI test dashboards: one testsuite per file, one testcase per certificate and rule that ran. A
/// finding at or above --fail-on is a failure, milder findings go to system-out of a passing testcase, findings a
/// baseline accepts are skipped; input errors are an error testcase of the file's suite. Characters XML 1.0 cannot hold
/// (ESC and other C0 controls in a crafted name) are written as <c>\u001b</c> escapes (<see cref="TerminalText.ForXml"/>).
/// </summary>
public sealed class JunitReportWriter(TextWriter output) : IReportWriter
{
    private XmlWriter? _xml;
    private Severity? _failOn;

    private XmlWriter Xml => _xml ?? throw new InvalidOperationException("Begin was not called");

    public void Begin(ReportHeader header)
    {
        _failOn = header.FailOn;
        _xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = false, CloseOutput = false });
        Xml.WriteStartDocument();
        Xml.WriteStartElement("testsuites");
        Xml.WriteAttributeString("name", TerminalText.ForXml("certlint " + string.Join(",", header.Profiles)));
    }

    public void WriteFile(FileReport file)
    {
        // Certificates and CRLs alike: one testcase per object and rule that ran.
        var objects = file.Certificates.Select(c => Of(file.File, c)).Concat(file.Crls.Select(c => Of(file.File, c))).ToList();
        var cases = objects.Sum(c => Rules(c).Count()) + (file.Errors.Count > 0 ? 1 : 0);
        var failures = objects.Sum(c => Rules(c).Count(rule => Failing(c, rule).Any()));
        var skipped = objects.Sum(c => Rules(c).Count(rule => IsSkipped(c, rule)));
        Xml.WriteStartElement("testsuite");
        Xml.WriteAttributeString("name", TerminalText.ForXml(file.File));
        Xml.WriteAttributeString("tests", cases.ToString());
        Xml.WriteAttributeString("failures", failures.ToString());
        Xml.WriteAttributeString("errors", file.Errors.Count > 0 ? "1" : "0");
        Xml.WriteAttributeString("skipped", skipped.ToString());
        if (file.Errors.Count > 0)
        {
            Xml.WriteStartElement("testcase");
            Xml.WriteAttributeString("classname", TerminalText.ForXml(file.File));
            Xml.WriteAttributeString("name", "input");
            Xml.WriteStartElement("error");
            Xml.WriteAttributeString("message", TerminalText.ForXml(file.Errors[0].Message));
            Xml.WriteString(TerminalText.ForXml(string.Join("\n", file.Errors.Select(e => e.ToString()))));
            Xml.WriteEndElement();
            Xml.WriteEndElement();
        }
        foreach (var item in objects)
        {
            foreach (var rule in Rules(item))
            {
                WriteCase(item, rule);
            }
        }
        Xml.WriteEndElement();
        Xml.Flush();
    }

    /// <summary>What JUnit needs of a certificate or CRL report: its test class name, findings, rules run, and the line that locates it.</summary>
    private sealed record Linted(string Classname, IReadOnlyList<ReportedFinding> Findings, IReadOnlyList<ReportedFinding> Suppressed, IReadOnlyList<string> RulesRun, string Where);

    private static Linted Of(string file, CertificateReport c) =>
        new($"{file}#{c.Index} {c.Subject ?? "(does not decode)"}", c.Findings, c.Suppressed, c.RulesRun, $"certificate #{c.Index}, line {c.Line}, sha256 {c.Sha256}");

    private static Linted Of(string file, CrlReport c) =>
        new($"{file} CRL #{c.Index} {c.Issuer ?? "(does not decode)"}", c.Findings, c.Suppressed, c.RulesRun, $"CRL #{c.Index}, line {c.Line}, sha256 {c.Sha256}");

    private void WriteCase(Linted certificate, string rule)
    {
        Xml.WriteStartElement("testcase");
        Xml.WriteAttributeString("classname", TerminalText.ForXml(certificate.Classname));
        Xml.WriteAttributeString("name", TerminalText.ForXml(rule));
        var findings = certificate.Findings.Where(f => f.Rule == rule).ToList();
        var failing = Failing(certificate, rule).ToList();
        if (failing.Count > 0)
        {
            Xml.WriteStartElement("failure");
            Xml.WriteAttributeString("type", Severities.Name(failing[0].Severity));
            Xml.WriteAttributeString("message", TerminalText.ForXml(failing[0].Message));
            Xml.WriteString(TerminalText.ForXml(Details(certificate, findings)));
            Xml.WriteEndElement();
        }
        else if (IsSkipped(certificate, rule))
        {
            Xml.WriteStartElement("skipped");
            Xml.WriteAttributeString("message", TerminalText.ForXml("accepted by baseline: " + certificate.Suppressed.First(f => f.Rule == rule).Suppression));
            Xml.WriteEndElement();
        }
        else if (findings.Count > 0)
        {
            Xml.WriteElementString("system-out", TerminalText.ForXml(Details(certificate, findings)));
        }
        Xml.WriteEndElement();
    }

    public void End(LintSummary summary)
    {
        Xml.WriteEndElement();
        Xml.WriteEndDocument();
        Xml.Flush();
        Xml.Dispose();
        output.WriteLine();
    }

    private static IEnumerable<string> Rules(Linted c) =>
        c.RulesRun.Concat(c.Findings.Select(f => f.Rule)).Concat(c.Suppressed.Select(f => f.Rule)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private IEnumerable<ReportedFinding> Failing(Linted c, string rule) =>
        c.Findings.Where(f => f.Rule == rule && _failOn is { } t && Severities.AtOrAbove(f.Severity, t));

    private static bool IsSkipped(Linted c, string rule) =>
        c.Suppressed.Any(f => f.Rule == rule) && c.Findings.All(f => f.Rule != rule);

    private static string Details(Linted c, IEnumerable<ReportedFinding> findings) =>
        string.Join("\n", findings.Select(f => $"{Severities.Name(f.Severity)}: {f.Message}" + (f.Path is null ? "" : $" at {f.Path}" + (f.Offset is { } o ? $" (byte {o})" : ""))))
        + "\n" + c.Where;
}
