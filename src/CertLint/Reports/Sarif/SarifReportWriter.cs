using System.Text.Json;
using CertLint.Reports.Json;
using CertLint.Rules;
using CertLint.Rules.Engine;

namespace CertLint.Reports.Sarif;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning ingests it: one run, the rules with help text, one result per finding located
/// at the certificate's BEGIN line (1 for binary files), fingerprinted by rule ID and certificate sha256. Findings a
/// baseline accepts are results with an external suppression; input errors are tool execution notifications.
/// </summary>
public sealed class SarifReportWriter(TextWriter output) : IReportWriter
{
    public const string FingerprintKey = "certlintRuleCertificate/v1";
    private readonly JsonStreamWriter _stream = new(output);
    private readonly List<SarifNotification> _notifications = [];
    private Dictionary<string, int> _ruleIndex = [];
    private string _workingDirectory = "";

    public void Begin(ReportHeader header)
    {
        _workingDirectory = header.WorkingDirectory;
        _ruleIndex = header.Rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var w = _stream.Writer;
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WritePropertyName("tool");
        var driver = new SarifDriver("certlint", header.ToolVersion, "https://github.com/certlint/certlint", [.. header.Rules.Select(ToSarif)]);
        JsonSerializer.Serialize(w, new SarifTool(driver), SarifJsonContext.Default.SarifTool);
        w.WriteStartArray("results");
        _stream.Flush();
    }

    public void WriteFile(FileReport file)
    {
        var uri = SarifUris.For(file.File, _workingDirectory);
        foreach (var error in file.Errors)
        {
            _notifications.Add(new SarifNotification("error", new SarifMessage(error.ToString()), [Location(uri, 1, file.File, file.File, "resource")]));
        }
        foreach (var certificate in file.Certificates)
        {
            var name = certificate.Subject ?? $"certificate #{certificate.Index}";
            var location = Location(uri, certificate.Line, name, $"{file.File}#{certificate.Index} {name}", "object");
            foreach (var finding in certificate.Findings.Concat(certificate.Suppressed))
            {
                var result = new SarifResult(
                    finding.Rule,
                    _ruleIndex.TryGetValue(finding.Rule, out var index) ? index : null,
                    Level(finding.Severity),
                    new SarifMessage($"{finding.Message} ({name}, #{certificate.Index} in the file)"),
                    [location],
                    new Dictionary<string, string> { [FingerprintKey] = $"{finding.Rule}:{certificate.Sha256}" },
                    finding.Suppression is { } justification ? [new SarifSuppression("external", justification)] : null,
                    new SarifResultProperties(Severities.Name(finding.Severity), certificate.Sha256, certificate.Index, certificate.Subject, finding.Path, finding.Offset));
                JsonSerializer.Serialize(_stream.Writer, result, SarifJsonContext.Default.SarifResult);
                _stream.FlushIfLarge();
            }
        }
        foreach (var crl in file.Crls)
        {
            var name = $"CRL #{crl.Index}" + (crl.Issuer is { Length: > 0 } issuer ? $" of {issuer}" : "");
            var location = Location(uri, crl.Line, name, $"{file.File}#crl{crl.Index} {name}", "object");
            foreach (var finding in crl.Findings.Concat(crl.Suppressed))
            {
                var result = new SarifResult(
                    finding.Rule,
                    _ruleIndex.TryGetValue(finding.Rule, out var index) ? index : null,
                    Level(finding.Severity),
                    new SarifMessage($"{finding.Message} ({name} in the file)"),
                    [location],
                    new Dictionary<string, string> { [FingerprintKey] = $"{finding.Rule}:{crl.Sha256}" },
                    finding.Suppression is { } justification ? [new SarifSuppression("external", justification)] : null,
                    new SarifResultProperties(Severities.Name(finding.Severity), crl.Sha256, null, null, finding.Path, finding.Offset, crl.Index, crl.Issuer));
                JsonSerializer.Serialize(_stream.Writer, result, SarifJsonContext.Default.SarifResult);
            }
        }
        _stream.Flush();
    }

    public void End(LintSummary summary)
    {
        var w = _stream.Writer;
        w.WriteEndArray();
        w.WritePropertyName("invocations");
        JsonSerializer.Serialize(w, [new SarifInvocation(!summary.HasInputErrors, _notifications)], SarifJsonContext.Default.ListSarifInvocation);
        w.WriteString("columnKind", "utf16CodeUnits");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        _stream.Flush(final: true);
        _stream.Dispose();
    }

    /// <summary>SARIF has no "notice" or "info": notice and info are both "note".</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static SarifLocation Location(string uri, int line, string name, string qualified, string kind) =>
        new(new SarifPhysicalLocation(new SarifArtifactLocation(uri), new SarifRegion(Math.Max(1, line))), [new SarifLogicalLocation(name, qualified, kind)]);

    private static SarifRule ToSarif(RuleDescriptor d) => new(
        d.Id,
        d.Title,
        new SarifMessage(d.Title),
        new SarifMessage(d.Description),
        new SarifMessage(RuleHelp.PlainText(d), RuleHelp.Markdown(d)),
        d.HelpUri,
        new SarifConfiguration(Level(d.DefaultSeverity)),
        new SarifRuleProperties([d.Source], "very-high", $"{d.Source} {d.Citation}"));
}
