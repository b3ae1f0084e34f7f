using System.Buffers;
using System.Text;
using System.Text.Json;
using CertLint.Input;

namespace CertLint.Inspect;

/// <summary>
/// Writes the `show --format json` document (the <see cref="ShowDocument"/> schema, byte for byte what serializing the
/// whole document gives) one object at a time, so memory holds one object's JSON, not the whole document: a 63 MiB
/// bundle of 200,000 certificates made a multi-gigabyte string before.
/// </summary>
public sealed class ShowJsonWriter
{
    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _json;
    private readonly ShowJsonContext _context = ShowJsonContext.Readable;

    public ShowJsonWriter(TextWriter output, string version)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = _context.Options.Encoder, NewLine = "\n" });
        _json.WriteStartObject();
        _json.WriteString("tool", "certlint");
        _json.WriteString("version", version);
        _json.WritePropertyName("files");
        _json.WriteStartArray();
    }

    public void Write(InputResult input)
    {
        _json.WriteStartObject();
        _json.WriteString("file", input.File);
        _json.WriteString("encoding", input.Encoding);
        _json.WritePropertyName("objects");
        _json.WriteStartArray();
        foreach (var o in ShowDocumentBuilder.Objects(input))
        {
            if (o.Crl is { } crl)
            {
                crl.Revoked.AfterBatch = Drain;
            }
            JsonSerializer.Serialize(_json, o, _context.ShowObject);
            Drain();
        }
        _json.WriteEndArray();
        _json.WritePropertyName("errors");
        _json.WriteStartArray();
        foreach (var e in input.Errors)
        {
            JsonSerializer.Serialize(_json, ShowDocumentBuilder.Error(e), _context.ShowError);
            Drain();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        Drain();
    }

    public void End()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        Drain();
        _output.WriteLine();
    }

    /// <summary>Moves what the JSON writer produced (whole tokens, so never half a UTF-8 sequence) to the output.</summary>
    private void Drain()
    {
        _json.Flush();
        if (_buffer.WrittenCount > 0)
        {
            _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
            _buffer.ResetWrittenCount();
        }
    }
}
