using System.Diagnostics;
using System.Text;
using CertLint.Input;
using CertLint.Rules.Engine;
using CertLint.Rules.Engine.Profiles;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace CertLint.Benchmarks;

/// <summary>
/// Issue 10, hostile input at the sizes the issue measured: each case at n and 4n (best of 3 after a warm-up), with
/// the time per item, which stays flat when the code is linear (the quadratic code these replaced grew 16x per 4x).
/// The unit tests (tests/CertLint.Tests/Hostile/LinearTimeTests) check the same growth at smaller sizes.
/// </summary>
public static class HostileBenchmark
{
    public static void Run()
    {
        var catalog = RuleCatalog.Default;
        var profile = new ProfileResolver(catalog, Directory.GetCurrentDirectory()).Resolve([]);
        var engine = new LintEngine(new LintConfiguration { Catalog = catalog, Profile = profile, Clock = TimeProvider.System });
        Console.WriteLine("case                                      n      ms(n)   ms(4n)  growth");
        Curve("PEM BEGIN lines without END", 25_000, n => InputDecoder.Decode("noend.pem", Ascii(Repeat("-----BEGIN CERTIFICATE-----\nMIIB\n", n))));
        Curve("tiny malformed PEM blocks", 25_000, n => InputDecoder.Decode("tiny.pem", Ascii(Repeat("-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n", n))));
        var sans = new Dictionary<int, byte[]> { [25_000] = CertificateWithDnsNames(25_000), [100_000] = CertificateWithDnsNames(100_000) };
        Curve("lint, one certificate with n dNSNames", 25_000, n => engine.Lint(InputDecoder.Decode("san.der", sans[n])));
    }

    private static void Curve(string name, int n, Action<int> run)
    {
        var small = Best(() => run(n));
        var large = Best(() => run(4 * n));
        Console.WriteLine($"{name,-38} {n,7} {small,9:F0} {large,8:F0}  {large / small,5:F1}x");
    }

    private static double Best(Action action)
    {
        action();
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return best;
    }

    private static byte[] CertificateWithDnsNames(int count)
    {
        var random = new SecureRandom();
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(Org.BouncyCastle.Asn1.X9.X9ObjectIdentifiers.Prime256v1, random));
        var keys = generator.GenerateKeyPair();
        var name = new X509Name("CN=san");
        var certificate = new X509V3CertificateGenerator();
        certificate.SetSerialNumber(BigInteger.One);
        certificate.SetIssuerDN(name);
        certificate.SetSubjectDN(name);
        certificate.SetNotBefore(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        certificate.SetNotAfter(new DateTime(2035, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        certificate.SetPublicKey(keys.Public);
        certificate.AddExtension(X509Extensions.SubjectAlternativeName, false,
            new GeneralNames([.. Enumerable.Range(0, count).Select(i => new GeneralName(GeneralName.DnsName, $"h{i}.example.com"))]));
        return certificate.Generate(new Asn1SignatureFactory("SHA256WITHECDSA", keys.Private, random)).GetEncoded();
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();
}
