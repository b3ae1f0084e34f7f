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
        var blocks = certificates.Select(c => (Label: "CERTIFICATE", c.Encoded, Note: annotate ? Annotation.ForCertificate(c.Certificate) + "\n" : null))
            .Concat(crls.Select(c => (Label: "X509 CRL", c.Encoded, Note: annotate ? Annotation.ForCrl(c.Encoded) + "\n" : null)))
            .ToList();
        var output = new byte[blocks.Sum(b => (long)(b.Note is null ? 0 : Encoding.ASCII.GetByteCount(b.Note)) + BlockLength(b.Label, b.Encoded.Length))];
        var at = 0;
        foreach (var (label, encoded, note) in blocks)
        {
            if (note is not null)
            {
                at += Encoding.ASCII.GetBytes(note, output.AsSpan(at));
            }
            at += WriteBlock(output.AsSpan(at), label, encoded.Span);
        }
        return output;
    }

    private static int BlockLength(string label, int bytes)
    {
        var base64 = System.Buffers.Text.Base64.GetMaxEncodedToUtf8Length(bytes);
        return $"-----BEGIN {label}-----\n".Length + base64 + (base64 + Columns - 1) / Columns + $"-----END {label}-----\n".Length;
    }

    private static int WriteBlock(Span<byte> output, string label, ReadOnlySpan<byte> encoded)
    {
        var at = Encoding.ASCII.GetBytes($"-----BEGIN {label}-----\n", output);
        var base64 = new byte[System.Buffers.Text.Base64.GetMaxEncodedToUtf8Length(encoded.Length)];
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
