using System.Text;

namespace CertLint.IO;

/// <summary>
/// The one way CertLint reads an input file or stream: as a stream, stopping as soon as it passes the byte limit. A
/// file's reported length is never trusted (devices such as /dev/zero, pipes and /proc files report 0 or lie), so
/// reading is bounded by what arrives, not by what the file system says. A regular file already over the limit is
/// refused before any byte is read.
/// </summary>
public static class BoundedReader
{
    /// <summary>The default limit for every input: certificates, bundles, keys, baselines, profiles, config headers.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    private const int Chunk = 81920;

    /// <summary>A file's bytes; <see cref="InputTooLargeException"/> when it holds more than <paramref name="maxBytes"/>.</summary>
    public static byte[] ReadFile(string path, long maxBytes = DefaultMaxBytes)
    {
        if (Directory.Exists(path))
        {
            throw new InputIsDirectoryException(path);
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        long hint = 0;
        if (stream.CanSeek)
        {
            // A regular file: its length can be checked up front, but it can still grow while we read.
            hint = stream.Length;
            if (hint > maxBytes)
            {
                throw new InputTooLargeException($"file is {hint} bytes, over the {maxBytes}-byte limit", maxBytes);
            }
        }
        return ReadStream(stream, maxBytes, hint);
    }

    /// <summary>A stream's bytes, stopping with <see cref="InputTooLargeException"/> once past the limit (stdin can be endless).</summary>
    public static byte[] ReadStream(Stream stream, long maxBytes = DefaultMaxBytes, long lengthHint = 0)
    {
        var cap = Math.Min(maxBytes + 1, Array.MaxLength);
        // A regular file's length sizes the buffer exactly, so a 17 MB bundle is read into one array and not copied
        // again (a certificate of 1 KB is not read into 80 KB either). Without a hint (stdin, pipes, devices) the
        // buffer starts at one chunk; either way, when it is full and one more byte arrives, it doubles. Uninitialized:
        // every byte returned was read, and the rest is cut off below.
        var buffer = GC.AllocateUninitializedArray<byte>((int)Math.Min(lengthHint > 0 ? lengthHint : Chunk, cap));
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                // Full: the length was right unless another byte arrives (a file can grow while it is read).
                var next = stream.ReadByte();
                if (next < 0)
                {
                    break;
                }
                if (length + 1 > maxBytes)
                {
                    throw new InputTooLargeException($"input exceeds the {maxBytes}-byte limit", maxBytes);
                }
                Array.Resize(ref buffer, (int)Math.Min(Math.Max((long)buffer.Length * 2, Chunk), cap));
                buffer[length++] = (byte)next;
                continue;
            }
            var read = stream.Read(buffer, length, Math.Min(buffer.Length - length, Chunk * 16));
            if (read <= 0)
            {
                break;
            }
            length += read;
            if (length > maxBytes)
            {
                throw new InputTooLargeException($"input exceeds the {maxBytes}-byte limit", maxBytes);
            }
        }
        if (length != buffer.Length)
        {
            Array.Resize(ref buffer, length);
        }
        return buffer;
    }

    /// <summary>A text file (UTF-8, BOM allowed) within the limit: baselines, profiles, config headers.</summary>
    public static string ReadText(string path, long maxBytes = DefaultMaxBytes)
    {
        var bytes = ReadFile(path, maxBytes);
        return new UTF8Encoding(false).GetString(bytes.AsSpan(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0));
    }
}

/// <summary>An input larger than the limit; <see cref="Limit"/> is the byte at which reading stopped.</summary>
public sealed class InputTooLargeException(string message, long limit) : IOException(message)
{
    public long Limit { get; } = limit;
}

/// <summary>A directory named where a file was expected.</summary>
public sealed class InputIsDirectoryException(string path) : IOException($"{path}: is a directory")
{
    public string InputPath { get; } = path;
}
