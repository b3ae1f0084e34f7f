using System.Text.Json;
using System.Text.Json.Serialization;
using CertLint.Rules.Engine;

namespace CertLint.Reports.Json;

// The JSON Lines report (`lint --format jsonl`), schema version 1, documented in the CLI README "JSON Lines".
// One line per certificate, written (and flushed) as soon as its file is linted; no header and no summary line, so a
// consumer can concatenate the output of many shards. Field names are a promise.

/// <summary>
/// What a certificate line adds in front of the certificate's fields, which are exactly those of a certificate in the
/// JSON report (<see cref="JsonCertificate"/>). <c>type</c> is always "certificate".
/// </summary>
public sealed record JsonlCertificateHead(string Type, string File, string Encoding);

/// <summary>What a CRL line adds in front of the CRL's fields (those of <see cref="JsonCrl"/>). <c>type</c> is always "crl".</summary>
public sealed record JsonlCrlHead(string Type, string File, string Encoding);

/// <summary>An input problem of a file (exit code 2). <c>type</c> is always "error".</summary>
public sealed record JsonlInputError(string Type, string File, string Encoding, string Message, long? Offset,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)] int NotKept = 0);

[JsonSourceGenerationOptions(WriteIndented = false, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JsonlCertificateHead))]
[JsonSerializable(typeof(JsonCertificate))]
[JsonSerializable(typeof(JsonlInputError))]
[JsonSerializable(typeof(JsonlCrlHead))]
[JsonSerializable(typeof(JsonCrl))]
public sealed partial class JsonlReportJsonContext : JsonSerializerContext;

/// <summary>
/// `--format jsonl`: each file's input errors, then its certificates, one compact JSON object per line. Nothing is
/// kept between files, so memory does not grow with the number of certificates.
/// </summary>
public sealed class JsonlReportWriter(TextWriter output) : IReportWriter
{
    public const string CertificateType = "certificate";
    public const string ErrorType = "error";
    public const string CrlType = "crl";

    public void Begin(ReportHeader header)
    {
    }

    public void WriteFile(FileReport file)
    {
        foreach (var error in file.Errors)
        {
            output.Write(JsonSerializer.Serialize(new JsonlInputError(ErrorType, file.File, file.Encoding, error.Message, error.Offset, error.NotKept), JsonlReportJsonContext.Default.JsonlInputError));
            output.Write('\n');
        }
        foreach (var c in file.Certificates)
        {
            var head = JsonSerializer.Serialize(new JsonlCertificateHead(CertificateType, file.File, file.Encoding), JsonlReportJsonContext.Default.JsonlCertificateHead);
            WriteJoined(head, JsonSerializer.Serialize(JsonReportWriter.ToJson(c), JsonlReportJsonContext.Default.JsonCertificate));
        }
        foreach (var crl in file.Crls)
        {
            var head = JsonSerializer.Serialize(new JsonlCrlHead(CrlType, file.File, file.Encoding), JsonlReportJsonContext.Default.JsonlCrlHead);
            WriteJoined(head, JsonSerializer.Serialize(JsonReportWriter.ToJson(crl), JsonlReportJsonContext.Default.JsonCrl));
        }
        output.Flush();
    }

    /// <summary>{"type":..,"file":..,"encoding":..} and {"index":..,...} joined into one object, one line.</summary>
    private void WriteJoined(string head, string body)
    {
        output.Write(head.AsSpan(0, head.Length - 1));
        output.Write(',');
        output.Write(body.AsSpan(1));
        output.Write('\n');
    }

    public void End(LintSummary summary) => output.Flush();
}
