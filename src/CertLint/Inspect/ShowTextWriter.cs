using System.Text;
using CertLint.Input;
using CertLint.IO;

namespace CertLint.Inspect;

/// <summary>
/// The human form of `show`: what the file holds (kinds, labels, lines, bytes), then each certificate much like
/// `openssl x509 -text`, with field offsets and the decoder's diagnostics.
/// </summary>
public static class ShowTextWriter
{
    public static void Write(ShowFile file, TextWriter output) => Write(file.File, file.Encoding, file.Objects.Count, file.Objects, file.Errors, output);

    /// <summary>Streams one decoded input: each object is mapped, written and dropped before the next.</summary>
    public static void Write(InputResult input, TextWriter output) =>
        Write(input.File, input.Encoding, input.Objects.Count, ShowDocumentBuilder.Objects(input), input.Errors.Select(ShowDocumentBuilder.Error).ToList(), output);

    private static void Write(string name, string encoding, int count, IEnumerable<ShowObject> objects, IReadOnlyList<ShowError> errors, TextWriter output)
    {
        // Every field below comes from the input: each line is escaped as a whole (see TerminalTextWriter).
        output = TerminalTextWriter.Wrap(output);
        output.WriteLine($"{name}: {encoding}, {count} object(s)");
        foreach (var o in objects)
        {
            output.WriteLine();
            output.WriteLine($"[{o.Index}] {o.Description}{(o.Parent is { } p ? $" (item {o.Origin.IndexInContainer} of object {p})" : "")}");
            output.WriteLine($"    origin: {DescribeOrigin(o.Origin)}");
            foreach (var note in o.Notes)
            {
                output.WriteLine($"    note: {note}");
            }
            if (o.Certificate is { } c)
            {
                WriteCertificate(c, output);
            }
            if (o.Crl is { } crl)
            {
                WriteCrl(crl, output);
            }
            if (o.PartialFields is { Count: > 0 } fields)
            {
                output.WriteLine("    decoded before the error:");
                foreach (var f in fields)
                {
                    output.WriteLine($"      {f.Path} @{f.Offset}: {f.Value}");
                }
            }
            foreach (var d in o.Diagnostics)
            {
                var detail = d.Expected is null ? "" : $" (expected {d.Expected}, found {d.Found})";
                output.WriteLine($"    {d.Level}: {d.Path} at byte {d.Offset}: {d.Message}{detail} [{d.Code}]");
            }
        }
        foreach (var e in errors.Take(InputError.PrintedPerFile))
        {
            output.WriteLine($"error: {e.Message}{(e.Offset is { } off ? $" at byte {off}" : "")}");
        }
        if (errors.Count > InputError.PrintedPerFile)
        {
            output.WriteLine($"error: {InputError.More(errors.Skip(InputError.PrintedPerFile).Sum(e => (long)InputError.WeightOf(e.NotKept)))}");
        }
    }

    private static string DescribeOrigin(ShowOrigin o)
    {
        var sb = new StringBuilder(o.Encoding);
        if (o.PemBlock is { } block)
        {
            sb.Append($", PEM block {block} '{o.PemLabel}', lines {o.LineStart}-{o.LineEnd}");
        }
        sb.Append($", bytes {o.FileOffset}-{o.FileOffset + o.FileLength - 1}");
        if (o.Container is not null)
        {
            sb.Append($", {o.Container} item {o.IndexInContainer} at container offset {o.InnerOffset} ({o.InnerLength} bytes)");
        }
        return sb.ToString();
    }

    private static void WriteCertificate(ShowCertificate c, TextWriter output)
    {
        output.WriteLine($"    SHA-256 fingerprint: {c.Sha256}");
        output.WriteLine($"    Version: {c.Version}");
        output.WriteLine($"    Serial Number: {c.Serial} (0x{c.SerialHex})");
        output.WriteLine($"    Signature Algorithm: {c.SignatureAlgorithm.Name} ({c.SignatureAlgorithm.Oid})");
        output.WriteLine($"    Issuer: {c.Issuer.Text}");
        output.WriteLine($"    Validity:");
        output.WriteLine($"        Not Before: {Time(c.Validity.NotBefore)}");
        output.WriteLine($"        Not After : {Time(c.Validity.NotAfter)}");
        output.WriteLine($"    Subject: {c.Subject.Text}");
        var key = c.Key;
        var keyText = key.Curve is not null ? $"{key.Algorithm} {key.Curve} ({key.SizeBits} bit, {key.PointFormat} point)"
            : key.RsaExponent is not null ? $"{key.Algorithm} {key.SizeBits} bit, exponent {key.RsaExponent}"
            : $"{key.Algorithm}{(key.SizeBits > 0 ? $" {key.SizeBits} bit" : "")}";
        output.WriteLine($"    Subject Public Key: {keyText}{(key.Error is null ? "" : $" [key error: {key.Error}]")}");
        if (c.Extensions.Count > 0)
        {
            output.WriteLine($"    X509v3 extensions:");
        }
        WriteExtensions(c.Extensions, "        ", output);
        output.WriteLine($"    Signature: {c.SignatureValueHex.Length / 2} bytes");
    }

    private static void WriteExtensions(IReadOnlyList<ShowExtension> extensions, string indent, TextWriter output)
    {
        foreach (var e in extensions)
        {
            output.WriteLine($"{indent}[{e.Index}] {e.Name} ({e.Oid}){(e.Critical ? " critical" : "")} @{e.Offset}");
            if (e.Text is not null)
            {
                output.WriteLine($"{indent}    {e.Text}");
            }
            else if (e.Error is not null)
            {
                output.WriteLine($"{indent}    malformed: {e.Error}");
            }
            else
            {
                output.WriteLine($"{indent}    (not decoded) {e.ValueHex}");
            }
        }
    }

    private static void WriteCrl(ShowCrl c, TextWriter output)
    {
        output.WriteLine($"    SHA-256 fingerprint: {c.Sha256}");
        if (c.Error is not null)
        {
            output.WriteLine($"    CRL does not decode: {c.Error}");
            return;
        }
        output.WriteLine($"    Version: {c.Version}");
        output.WriteLine($"    Signature Algorithm: {c.SignatureAlgorithm!.Name} ({c.SignatureAlgorithm.Oid})");
        output.WriteLine($"    Issuer: {c.Issuer!.Text}");
        output.WriteLine($"    This Update: {Time(c.ThisUpdate!)}");
        output.WriteLine($"    Next Update: {(c.NextUpdate is { } next ? Time(next) : "none")}");
        if (c.Extensions.Count > 0)
        {
            output.WriteLine("    CRL extensions:");
        }
        WriteExtensions(c.Extensions, "        ", output);
        output.WriteLine($"    Revoked Certificates: {c.Revoked.Count}");
        foreach (var r in c.Revoked)
        {
            output.WriteLine($"        [{r.Index}] serial {r.Serial} (0x{r.SerialHex}) revoked {Time(r.RevocationDate)} @{r.Offset}");
            WriteExtensions(r.Extensions, "            ", output);
        }
    }

    private static string Time(ShowTime t) =>
        $"{t.Encoded} ({t.Type}){(t.Value is { } v ? " = " + v.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture) : " = unreadable")}";
}
