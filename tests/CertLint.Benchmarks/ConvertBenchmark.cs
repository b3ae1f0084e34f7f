using System.Diagnostics;
using CertLint.Conversion;
using CertLint.Input;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace CertLint.Benchmarks;

/// <summary>
/// `certlint convert` on a 10,000-certificate PKCS#7: one RSA-2048 root, 99 intermediates (half signing with
/// RSA-2048, half with EC P-256), 9,900 EC P-256 leaves spread over them, stored shuffled. To keep generation
/// short, the intermediates share two keys and the leaves one; every certificate still has its own name and
/// signature, so every link is found and verified. Times the library's read, chain building
/// (every link signature-checked) and PEM rendering, and `openssl pkcs7 -print_certs` on the same file.
/// Usage: convert [COUNT] [--keep DIR]   (--keep: leave the bundle and output in DIR, and reuse a bundle found there)
/// </summary>
public static class ConvertBenchmark
{
    private const int Runs = 5;

    public static void Run(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
        var keep = Array.IndexOf(args, "--keep") is var k and >= 0 && k + 1 < args.Length ? args[k + 1] : null;
        var folder = keep ?? Directory.CreateTempSubdirectory("certlint-bench-").FullName;
        Directory.CreateDirectory(folder);
        var bundlePath = Path.Combine(folder, $"bundle-{count}.p7b");

        byte[] bundle;
        if (keep is not null && File.Exists(bundlePath))
        {
            bundle = File.ReadAllBytes(bundlePath);
            Console.WriteLine($"reusing {bundlePath} ({bundle.Length:N0} bytes)");
        }
        else
        {
            var generation = Stopwatch.StartNew();
            bundle = BundleGenerator.Pkcs7(count);
            File.WriteAllBytes(bundlePath, bundle);
            Console.WriteLine($"generated {count} certificates in {generation.Elapsed.TotalSeconds:F1} s: {bundlePath} ({bundle.Length:N0} bytes)");
        }

        var options = new ConvertOptions();
        byte[] pem = [];
        var decode = new List<double>();
        var plan = new List<double>();
        var render = new List<double>();
        var cpu = new List<double>[] { [], [], [] };
        for (var run = 0; run < Runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var cpuAt = CpuMilliseconds();
            var input = InputDecoder.Decode(bundlePath, bundle);
            decode.Add(watch.Elapsed.TotalMilliseconds);
            cpu[0].Add(CpuMilliseconds() - cpuAt);
            watch.Restart();
            cpuAt = CpuMilliseconds();
            var (result, errors) = Converter.Plan([input], options);
            plan.Add(watch.Elapsed.TotalMilliseconds);
            cpu[1].Add(CpuMilliseconds() - cpuAt);
            if (result is null)
            {
                throw new InvalidOperationException(string.Join("; ", errors));
            }
            watch.Restart();
            cpuAt = CpuMilliseconds();
            pem = OutputRenderer.Render(result, options).Bytes!;
            render.Add(watch.Elapsed.TotalMilliseconds);
            cpu[2].Add(CpuMilliseconds() - cpuAt);
        }
        File.WriteAllBytes(Path.Combine(folder, "bundle.pem"), pem);
        Console.WriteLine($"certlint convert (in-process, median of {Runs}): wall read {Median(decode):F0} ms, chains {Median(plan):F0} ms, PEM {Median(render):F0} ms, total {Median(decode) + Median(plan) + Median(render):F0} ms; {pem.Length:N0} bytes written");
        Console.WriteLine($"  CPU (all threads): read {Median(cpu[0]):F0} ms, chains {Median(cpu[1]):F0} ms, PEM {Median(cpu[2]):F0} ms, total {Median(cpu[0]) + Median(cpu[1]) + Median(cpu[2]):F0} ms");
        Console.WriteLine($"  per run: {string.Join(" | ", Enumerable.Range(0, Runs).Select(i => $"{decode[i] + plan[i] + render[i]:F0} ms"))}");

        var openssl = OpensslTimes(bundlePath);
        Console.WriteLine(openssl is { } times
            ? $"openssl pkcs7 -print_certs (median of {Runs}, includes process start): {Median(times):F0} ms"
            : "openssl pkcs7 -print_certs: openssl not found, not measured");
        if (keep is null)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double CpuMilliseconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static List<double>? OpensslTimes(string bundlePath)
    {
        var times = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            var start = new ProcessStartInfo("openssl", ["pkcs7", "-inform", "DER", "-in", bundlePath, "-print_certs", "-out", "/dev/null"]) { RedirectStandardError = true };
            var watch = Stopwatch.StartNew();
            try
            {
                using var process = Process.Start(start)!;
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    return null;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null;
            }
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return times;
    }
}

/// <summary>Builds the benchmark bundle with BouncyCastle (fresh keys each run; structure fixed).</summary>
internal static class BundleGenerator
{
    private static readonly SecureRandom Random = new();
    private static readonly DateTime NotBefore = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime NotAfter = new(2035, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static byte[] Pkcs7(int count)
    {
        var intermediates = Math.Max(1, Math.Min(99, (count - 1) / 100));
        var rootKey = Rsa();
        var rootName = new X509Name("C=DE, O=CertLint Bench, CN=Bench Root");
        var certificates = new List<byte[]> { Issue(rootName, rootName, rootKey.Public, rootKey.Private, "SHA256WITHRSA", 1, ca: true) };
        var issuers = new List<(X509Name Name, AsymmetricKeyParameter Key, string Algorithm)>();
        var (rsaKey, ecKey) = (Rsa(), Ec());
        for (var i = 0; i < intermediates; i++)
        {
            var key = i % 2 == 0 ? rsaKey : ecKey;
            var name = new X509Name($"C=DE, O=CertLint Bench, CN=Bench Intermediate {i}");
            certificates.Add(Issue(name, rootName, key.Public, rootKey.Private, "SHA256WITHRSA", 2 + i, ca: true));
            issuers.Add((name, key.Private, i % 2 == 0 ? "SHA256WITHRSA" : "SHA256WITHECDSA"));
        }
        var leafKey = Ec();
        for (var serial = certificates.Count + 1; certificates.Count < count; serial++)
        {
            var issuer = issuers[certificates.Count % issuers.Count];
            var name = new X509Name($"C=DE, O=CertLint Bench, CN=leaf-{serial}.bench.test");
            certificates.Add(Issue(name, issuer.Name, leafKey.Public, issuer.Key, issuer.Algorithm, serial, ca: false));
        }
        var shuffle = new Random(20260115);
        var stored = certificates.OrderBy(_ => shuffle.Next()).ToList();
        var bundle = stored.Select((bytes, i) =>
        {
            var certificate = (Input.InputDecoder.Decode("gen", bytes).Certificates.Single().Certificate)!;
            return new BundleCertificate(i, certificate, new Origin("gen", "DER", 0, bytes.Length));
        }).ToList();
        return Pkcs7Writer.Write(bundle, []);
    }

    private static AsymmetricCipherKeyPair Rsa()
    {
        var generator = new RsaKeyPairGenerator();
        generator.Init(new Org.BouncyCastle.Crypto.Parameters.RsaKeyGenerationParameters(BigInteger.ValueOf(65537), Random, 2048, 80));
        return generator.GenerateKeyPair();
    }

    private static AsymmetricCipherKeyPair Ec()
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new Org.BouncyCastle.Crypto.Parameters.ECKeyGenerationParameters(Org.BouncyCastle.Asn1.X9.X9ObjectIdentifiers.Prime256v1, Random));
        return generator.GenerateKeyPair();
    }

    private static byte[] Issue(X509Name subject, X509Name issuer, AsymmetricKeyParameter publicKey, AsymmetricKeyParameter signingKey, string algorithm, long serial, bool ca)
    {
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(BigInteger.ValueOf(serial));
        generator.SetIssuerDN(issuer);
        generator.SetSubjectDN(subject);
        generator.SetNotBefore(NotBefore);
        generator.SetNotAfter(NotAfter);
        generator.SetPublicKey(publicKey);
        generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(ca));
        return generator.Generate(new Asn1SignatureFactory(algorithm, signingKey, Random)).GetEncoded();
    }
}
