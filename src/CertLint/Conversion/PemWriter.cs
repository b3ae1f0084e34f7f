using System.Text;

namespace CertLint.Conversion;

/// <summary>
/// Standard PEM (RFC 7468 strict form): 64-column base64 of the bytes exactly as read, LF line ends, nothing
/// between blocks unless annotations are asked for.
/// </summary>
public static class PemWriter
{
    public const int Columns = 64;

    public static void AppendBlock(StringBuilder text, string label, ReadOnlySpan<byte> encoded) =>
        text.Append(Encoding.ASCII.GetString(Block(label, encoded)));

    /// <summary>One PEM block as ASCII bytes.</summary>
    public static byte[] Block(string label, ReadOnlySpan<byte> encoded)
    {
        var block = new byte[BlockLength(label, encoded.Length)];
        WriteBlock(block, label, encoded);
        return block;
    }

    /// <summary>
    /// The certificates (then CRLs) as PEM, written straight into one array of the exact size: a 64 MiB bundle
    /// becomes 90 MB of PEM without a string builder, a string and a byte copy of it (five times that in memory).
    /// </summary>
    public static byte[] Certificates(IReadOnlyList<BundleCertificate> certificates, IReadOnlyList<BundleCrl> crls, bool annotate)
    {
        var blocks = certificates.Select(c => (Label: "CERTIFICATE", c.Encoded, Note: annotate ? (Func<string>)(() => Annotation.ForCertificate(c.Certificate)) : null))
            .Concat(crls.Select(c => (Label: "X509 CRL", c.Encoded, Note: annotate ? (Func<string>)(() => Annotation.ForCrl(c.Encoded)) : null)));
        var notes = new List<byte[]>();
        long length = 0;
        foreach (var (label, encoded, note) in blocks)
        {
            if (note is not null)
            {
                notes.Add(Encoding.ASCII.GetBytes(note() + "\n"));
                length += notes[^1].Length;
            }
            length += BlockLength(label, encoded.Length);
        }
        var output = new byte[length];
        var at = 0;
        var n = 0;
        foreach (var (label, encoded, note) in blocks)
        {
            if (note is not null)
            {
                notes[n].CopyTo(output, at);
                at += notes[n++].Length;
            }
            at += WriteBlock(output.AsSpan(at), label, encoded.Span);
        }
        return output;
    }

    private static int BlockLength(string label, int bytes)
    {
        var base64 = (bytes + 2) / 3 * 4;
        return $"-----BEGIN {label}-----\n".Length + base64 + (base64 + Columns - 1) / Columns + $"-----END {label}-----\n".Length;
    }

    private static int WriteBlock(Span<byte> output, string label, ReadOnlySpan<byte> encoded)
    {
        var at = Encoding.ASCII.GetBytes($"-----BEGIN {label}-----\n", output);
        var base64 = new byte[(encoded.Length + 2) / 3 * 4];
        System.Buffers.Text.Base64.EncodeToUtf8(encoded, base64, out _, out _);
        for (var start = 0; start < base64.Length; start += Columns)
        {
            var line = base64.AsSpan(start, Math.Min(Columns, base64.Length - start));
            line.CopyTo(output[at..]);
            at += line.Length;
            output[at++] = (byte)'\n';
        }
        at += Encoding.ASCII.GetBytes($"-----END {label}-----\n", output[at..]);
        return at;
    }
}
