using System.Security.Cryptography;
using System.Text;
using CertLint.Input;
using CertLint.Tests.Cli;

namespace CertLint.Tests.Conversion;

/// <summary>Shared helpers: run convert, read back what it wrote, and the outside truths the fixture scripts recorded.</summary>
public static class ConvertKit
{
    public static CliResult Convert(params string[] args) => CliRunner.Run(["convert", .. args]);

    /// <summary>SHA-256 of each certificate in written bytes, in order (read back with the decoder).</summary>
    public static List<string> CertificateHashes(byte[] output)
    {
        var result = InputDecoder.Decode("output", output);
        Assert.Empty(result.Errors);
        return result.Certificates.Select(c => Sha256(c.Encoded.Span)).ToList();
    }

    public static string Sha256(ReadOnlySpan<byte> bytes) => System.Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Lines of a recorded <c>.sha256.txt</c> / <c>.openssl-sha256.txt</c> (relative to fixtures/).</summary>
    public static List<string> Recorded(string relative) =>
        File.ReadAllLines(Fixtures.Path(relative)).Where(l => l.Length > 0).ToList();

    /// <summary>The certificates (base64 of their DER) of every CERTIFICATE block in PEM text.</summary>
    public static List<byte[]> PemCertificates(string text, string label = "CERTIFICATE")
    {
        var blocks = new List<byte[]>();
        var begin = $"-----BEGIN {label}-----\n";
        var end = $"-----END {label}-----\n";
        for (var at = text.IndexOf(begin, StringComparison.Ordinal); at >= 0; at = text.IndexOf(begin, at + 1, StringComparison.Ordinal))
        {
            var start = at + begin.Length;
            var stop = text.IndexOf(end, start, StringComparison.Ordinal);
            Assert.True(stop > start, $"unterminated {label} block");
            blocks.Add(System.Convert.FromBase64String(text[start..stop].Replace("\n", "")));
        }
        return blocks;
    }

    public static string Ascii(byte[] bytes) => Encoding.ASCII.GetString(bytes);

    /// <summary>A fresh folder under the system temp directory, deleted on dispose.</summary>
    public sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = Directory.CreateTempSubdirectory("certlint-convert-").FullName;
        }

        public string Path { get; }

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public string[] Entries() => Directory.GetFileSystemEntries(Path).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
