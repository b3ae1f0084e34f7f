using System.Text;
using System.Text.Json;

namespace CertLint.Reports.Json;

/// <summary>
/// A Utf8JsonWriter whose output is handed to a TextWriter piece by piece, so a long report is streamed (one file at
/// a time) instead of being built in memory.
/// </summary>
public sealed class JsonStreamWriter(TextWriter output) : IDisposable
{
    private readonly MemoryStream _buffer = new();
    private Utf8JsonWriter? _writer;

    public Utf8JsonWriter Writer => _writer ??= new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Passes what has been written so far on to the output.</summary>
    public void Flush(bool final = false)
    {
        Writer.Flush();
        output.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        if (final)
        {
            output.WriteLine();
        }
        _buffer.SetLength(0);
    }

    /// <summary>Passes the output on once it holds more than a chunk, so one file of 100,000 certificates is not held whole.</summary>
    public void FlushIfLarge()
    {
        if (Writer.BytesPending + _buffer.Length > ChunkBytes)
        {
            Flush();
        }
    }

    private const int ChunkBytes = 64 * 1024;

    public void Dispose() => _writer?.Dispose();
}
