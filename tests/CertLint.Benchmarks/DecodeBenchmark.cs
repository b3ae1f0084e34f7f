using CertLint.Input;

namespace CertLint.Benchmarks;

/// <summary>
/// Decodes a PEM bundle of N certificates in one process with every extension decoded and key details loaded,
/// then the same certificates as N separate files (memory must not grow with the number of files).
/// </summary>
public static class DecodeBenchmark
{
    public static void Run(int count)
    {
        var path = BundleFactory.PemBundlePath(count);
        var bytes = File.ReadAllBytes(path);
        Measure.Report("decode bundle (extensions decoded)", count, () => DecodeAll(bytes, loadKeys: false));
        Measure.Report("decode bundle (extensions + key details)", count, () => DecodeAll(bytes, loadKeys: true));

        if (Measure.TimeCommand("openssl", $"storeutl -noout -text -certs {path}") is { } openssl)
        {
            Console.WriteLine($"openssl storeutl -noout -text -certs (same bundle): {openssl.TotalMilliseconds:F0} ms, {count / openssl.TotalSeconds:F0} certificates/s");
        }
    }

    /// <summary>N separate DER files decoded one after another, in a process of their own so peak memory is theirs.</summary>
    public static void RunFiles(int count)
    {
        var path = BundleFactory.PemBundlePath(count);
        var bytes = File.ReadAllBytes(path);
        var dir = Path.Combine(Path.GetTempPath(), $"certlint-bench-files-{count}");
        if (!Directory.Exists(dir))
        {
            Directory.CreateDirectory(dir);
            var result = InputDecoder.Decode(path, bytes);
            var i = 0;
            foreach (var o in result.Certificates)
            {
                File.WriteAllBytes(Path.Combine(dir, $"{i++:D6}.der"), o.Encoded.ToArray());
            }
        }
        var files = Directory.GetFiles(dir).Order().ToArray();
        Measure.Report("decode separate DER files", files.Length, () =>
        {
            foreach (var file in files)
            {
                var r = InputDecoder.DecodeFile(file);
                if (r.Errors.Count > 0)
                {
                    throw new InvalidOperationException(r.Errors[0].ToString());
                }
            }
        }, repeats: 3);
    }

    private static void DecodeAll(byte[] bytes, bool loadKeys)
    {
        var result = InputDecoder.Decode("bundle.pem", bytes);
        foreach (var o in result.Objects)
        {
            var cert = o.Certificate ?? throw new InvalidOperationException("certificate did not decode");
            if (loadKeys)
            {
                _ = cert.PublicKey.Details;
            }
        }
    }
}
