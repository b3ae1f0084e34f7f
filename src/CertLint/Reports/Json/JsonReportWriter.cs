using System.Text.Json;
using CertLint.Rules;
using CertLint.Rules.Engine;

namespace CertLint.Reports.Json;

/// <summary>The JSON report: <c>{version, tool, profiles, failOn, files: [...], summary}</c>, streamed file by file.</summary>
public sealed class JsonReportWriter(TextWriter output) : IReportWriter
{
    public const int SchemaVersion = 1;
    private readonly JsonStreamWriter _stream = new(output);

    public void Begin(ReportHeader header)
    {
        var w = _stream.Writer;
        w.WriteStartObject();
        w.WriteNumber("version", SchemaVersion);
        w.WritePropertyName("tool");
        JsonSerializer.Serialize(w, new JsonTool("certlint", header.ToolVersion), ReportJsonContext.Default.JsonTool);
        w.WritePropertyName("profiles");
        JsonSerializer.Serialize(w, header.Profiles.ToList(), ReportJsonContext.Default.ListString);
        w.WriteString("failOn", header.FailOn is { } f ? Severities.Name(f) : "never");
        w.WriteStartArray("files");
        _stream.Flush();
    }

    public void WriteFile(FileReport file)
    {
        // A key file of a directory walk is not linted: it is counted in the summary (keyFiles), not listed.
        if (file.KeyMaterial is not null)
        {
            return;
        }
        // {file, encoding, errors, certificates, crls (only when the file holds CRLs)}, written certificate by
        // certificate, so a 160,000-certificate bundle is never held as JSON.
        var w = _stream.Writer;
        w.WriteStartObject();
        w.WriteString("file", file.File);
        w.WriteString("encoding", file.Encoding);
        w.WritePropertyName("errors");
        JsonSerializer.Serialize(w, [.. file.Errors.Select(e => new JsonInputError(e.Message, e.Offset, e.NotKept))], ReportJsonContext.Default.IReadOnlyListJsonInputError);
        w.WriteStartArray("certificates");
        foreach (var certificate in file.Certificates)
        {
            JsonSerializer.Serialize(w, ToJson(certificate), ReportJsonContext.Default.JsonCertificate);
            _stream.FlushIfLarge();
        }
        w.WriteEndArray();
        if (file.Crls.Count > 0)
        {
            w.WritePropertyName("crls");
            JsonSerializer.Serialize(w, [.. file.Crls.Select(ToJson)], ReportJsonContext.Default.IReadOnlyListJsonCrl);
        }
        w.WriteEndObject();
        _stream.Flush();
    }

    public void End(LintSummary summary)
    {
        var w = _stream.Writer;
        w.WriteEndArray();
        w.WritePropertyName("summary");
        JsonSerializer.Serialize(w, ToJson(summary), ReportJsonContext.Default.JsonSummary);
        w.WriteEndObject();
        _stream.Flush(final: true);
        _stream.Dispose();
    }

    public static JsonCrl ToJson(CrlReport c) => new(c.Index, c.ObjectIndex, c.Issuer, c.Sha256, c.ThisUpdate, c.NextUpdate, c.CrlNumber, c.DeltaBase, c.Revoked,
        c.Line, c.FileOffset, c.IssuerSha256, [.. c.Findings.Select(ToJson)], [.. c.Suppressed.Select(ToJson)]);

    public static JsonCertificate ToJson(CertificateReport c) => new(c.Index, c.ObjectIndex, c.Subject, c.Issuer, c.Sha256, c.Role, c.Line, c.FileOffset, c.IssuerSha256,
        [.. c.Findings.Select(ToJson)], [.. c.Suppressed.Select(ToJson)],
        c.Attachments.TryGetValue("stacks", out var stacks) ? Element(stacks) : null,
        c.Attachments.GetValueOrDefault("verify"));

    private static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static JsonFinding ToJson(ReportedFinding f) =>
        new(f.Rule, Severities.Name(f.Severity), f.Message, f.Path, f.Offset, f.Suppression, f.Target, f.Code, f.VerifyFlags);

    public static JsonSummary ToJson(LintSummary s) => new(s.Files, s.FilesWithErrors, s.Certificates, s.Findings,
        new JsonSeverityCounts(s.Count(Severity.Error), s.Count(Severity.Warning), s.Count(Severity.Notice), s.Count(Severity.Info)), s.Suppressed, s.KeyFiles, s.Crls);
}
