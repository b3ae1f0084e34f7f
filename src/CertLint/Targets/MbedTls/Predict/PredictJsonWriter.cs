using System.Text.Json;

namespace CertLint.Targets.MbedTls.Predict;

/// <summary>
/// Writes the predict document (<see cref="PredictDocument"/>'s JSON, byte for byte) while the certificates stream:
/// each is serialized and dropped, so a 64 MiB bundle is never held as one document.
/// </summary>
public sealed class PredictJsonWriter : IDisposable
{
    private const int FlushAt = 64 * 1024;
    private readonly Utf8JsonWriter _json;
    private readonly PredictTally _tally = new();

    /// <summary>Starts the document: tool, version, targets, and the files array.</summary>
    public PredictJsonWriter(Stream output, string version, IReadOnlyList<PredictTarget> targets)
    {
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        _json.WriteStartObject();
        _json.WriteString("tool", "certlint");
        _json.WriteString("version", version);
        _json.WritePropertyName("targets");
        JsonSerializer.Serialize(_json, targets, PredictJsonContext.Default.IReadOnlyListPredictTarget);
        _json.WriteStartArray("files");
    }

    public PredictTally Tally => _tally;

    public void Write(PredictFileStream file)
    {
        _json.WriteStartObject();
        _json.WriteString("file", file.File);
        _json.WritePropertyName("parse_file");
        JsonSerializer.Serialize(_json, file.ParseFile, PredictJsonContext.Default.IReadOnlyListPredictFileParse);
        _json.WriteStartArray("certificates");
        foreach (var certificate in file.Certificates)
        {
            JsonSerializer.Serialize(_json, certificate, PredictJsonContext.Default.PredictCertificate);
            _tally.Add(certificate);
            if (_json.BytesPending > FlushAt)
            {
                _json.Flush();
            }
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    /// <summary>Ends the files array and writes the summary.</summary>
    public void Finish()
    {
        _json.WriteEndArray();
        _json.WritePropertyName("summary");
        JsonSerializer.Serialize(_json, _tally.Summary, PredictJsonContext.Default.PredictSummary);
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();
}
