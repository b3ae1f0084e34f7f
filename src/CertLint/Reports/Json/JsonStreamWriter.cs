using System.Text.Json;
using CertLint.IO;

namespace CertLint.Reports.Json;

/// <summary>
/// A Utf8JsonWriter whose output is handed to a TextWriter piece by piece, so a long report is streamed (one file at
/// a time) instead of being built in memory.
/// </summary>
public sealed class JsonStreamWriter(TextWriter output) : IDisposable
{
    // Bytes go through one reused char buffer (TextWriterStream): a string per 64 KB chunk would be a large-object
    // allocation each time, 300 MB of them for a big SARIF report before a full collection frees any.
    private readonly TextWriterStream _stream = new(output);
    private Utf8JsonWriter? _writer;

    public Utf8JsonWriter Writer => _writer ??= new Utf8JsonWriter(_stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Passes what has been written so far on to the output.</summary>
    public void Flush(bool final = false)
    {
        Writer.Flush();
        if (final)
        {
            output.WriteLine();
        }
    }

    /// <summary>Passes the output on once it holds more than a chunk, so one file of 100,000 certificates is not held whole.</summary>
    public void FlushIfLarge()
    {
        if (Writer.BytesPending > ChunkBytes)
        {
            Flush();
        }
    }

    private const int ChunkBytes = 64 * 1024;

    public void Dispose() => _writer?.Dispose();
}
