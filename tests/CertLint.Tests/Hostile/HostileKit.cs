using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace CertLint.Tests.Hostile;

/// <summary>Generated hostile inputs (nothing large is committed) and the measuring helpers of the hostile-input tests.</summary>
internal static class HostileKit
{
    /// <summary>A self-signed P-256 certificate whose CN is <paramref name="commonName"/> as given (control characters included).</summary>
    public static byte[] Certificate(string commonName, IEnumerable<string>? dnsNames = null)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var name = new X500DistinguishedNameBuilder();
        name.AddCommonName(commonName);
        var request = new CertificateRequest(name.Build(), key, HashAlgorithmName.SHA256);
        if (dnsNames is not null)
        {
            var san = new SubjectAlternativeNameBuilder();
            foreach (var dns in dnsNames)
            {
                san.AddDnsName(dns);
            }
            request.CertificateExtensions.Add(san.Build());
        }
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return certificate.RawData;
    }

    /// <summary>
    /// A CA certificate named CN=same, signed with <paramref name="key"/>, without key identifiers; when not
    /// <paramref name="signatureGood"/> its signature's last octet is changed, so no CA verifies it.
    /// </summary>
    public static byte[] SameNamedCa(ECDsa key, long serial, bool signatureGood)
    {
        var request = new CertificateRequest("CN=same", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var certificate = request.Create(new X500DistinguishedName("CN=same"), X509SignatureGenerator.CreateForECDsa(key),
            new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2035, 1, 1, 0, 0, 0, TimeSpan.Zero),
            [.. BitConverter.GetBytes(serial).Reverse().SkipWhile(b => b == 0).Prepend((byte)0x01)]);
        var der = certificate.RawData;
        if (!signatureGood)
        {
            der[^1] ^= 0x01;
        }
        return der;
    }

    public static string Pem(byte[] der) => PemEncoding.WriteString("CERTIFICATE", der) + "\n";

    /// <summary>A degenerate PKCS#7 SignedData (a .p7b) whose certificates set holds <paramref name="items"/> as given.</summary>
    public static byte[] Pkcs7(IEnumerable<byte[]> items)
    {
        var w = new System.Formats.Asn1.AsnWriter(System.Formats.Asn1.AsnEncodingRules.DER);
        using (w.PushSequence())
        {
            w.WriteObjectIdentifier("1.2.840.113549.1.7.2");
            using (w.PushSequence(new System.Formats.Asn1.Asn1Tag(System.Formats.Asn1.TagClass.ContextSpecific, 0)))
            using (w.PushSequence())
            {
                w.WriteInteger(1);
                using (w.PushSetOf())
                {
                }
                using (w.PushSequence())
                {
                    w.WriteObjectIdentifier("1.2.840.113549.1.7.1");
                }
                // The [0] set is put together by hand: AsnWriter took 50 s for 8 million items.
                var content = new MemoryStream();
                foreach (var item in items)
                {
                    content.Write(item);
                }
                w.WriteEncodedValue([0xA0, .. DerLength(content.Length), .. content.ToArray()]);
                using (w.PushSetOf())
                {
                }
            }
        }
        return w.Encode();
    }

    /// <summary>A DER element of <paramref name="tag"/> around <paramref name="content"/>, put together by hand (fast for millions).</summary>
    public static byte[] Der(byte tag, params byte[][] content)
    {
        var length = content.Sum(c => (long)c.Length);
        var output = new byte[1 + DerLength(length).Length + length];
        output[0] = tag;
        var at = 1;
        foreach (var part in (byte[][])[DerLength(length), .. content])
        {
            part.CopyTo(output, at);
            at += part.Length;
        }
        return output;
    }

    /// <summary>A revoked entry: a small serial, a UTCTime, and when given a reasonCode extension with that value.</summary>
    public static byte[] CrlEntry(int serial, byte? reason = null)
    {
        byte[] serialBytes = [0x02, 0x04, .. BitConverter.GetBytes(serial).Reverse()];
        var date = Der(0x17, Encoding.ASCII.GetBytes("250101000000Z"));
        if (reason is not { } r)
        {
            return Der(0x30, serialBytes, date);
        }
        var reasonExtension = Der(0x30, [0x06, 0x03, 0x55, 0x1D, 0x15], Der(0x04, [0x0A, 0x01, r]));
        return Der(0x30, serialBytes, date, Der(0x30, reasonExtension));
    }

    /// <summary>A v2 CRL (CN=crl ca, ecdsa-with-SHA256, a made-up signature) with <paramref name="entries"/> as its revokedCertificates.</summary>
    public static byte[] Crl(IEnumerable<byte[]> entries)
    {
        byte[] algorithm = [0x30, 0x0A, 0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x04, 0x03, 0x02];
        var issuer = Der(0x30, Der(0x31, Der(0x30, [0x06, 0x03, 0x55, 0x04, 0x03], Der(0x0C, Encoding.ASCII.GetBytes("crl ca")))));
        var thisUpdate = Der(0x17, Encoding.ASCII.GetBytes("250101000000Z"));
        var nextUpdate = Der(0x17, Encoding.ASCII.GetBytes("350101000000Z"));
        var list = new MemoryStream();
        foreach (var entry in entries)
        {
            list.Write(entry);
        }
        var tbs = Der(0x30, [0x02, 0x01, 0x01], algorithm, issuer, thisUpdate, nextUpdate, Der(0x30, list.ToArray()));
        return Der(0x30, tbs, algorithm, Der(0x03, [0x00, 0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01]));
    }

    private static byte[] DerLength(long length)
    {
        if (length < 0x80)
        {
            return [(byte)length];
        }
        var bytes = BitConverter.GetBytes(length).Reverse().SkipWhile(b => b == 0).ToArray();
        return [(byte)(0x80 | bytes.Length), .. bytes];
    }

    /// <summary>
    /// How much longer <paramref name="run"/> takes at 4n than at n: the best of three runs each (after a warm-up), so
    /// that a busy machine inflates both sides alike. Linear code gives about 4; quadratic code 16. On a shared machine
    /// one measurement can be disturbed, so up to three are made and the smallest ratio counts: quadratic code fails
    /// all three.
    /// </summary>
    public static double GrowthRatio(int n, Action<int> run, double stopBelow = 6)
    {
        run(n);
        var ratio = double.MaxValue;
        for (var attempt = 0; attempt < 3 && ratio >= stopBelow; attempt++)
        {
            var small = Best(() => run(n));
            var large = Best(() => run(4 * n));
            ratio = Math.Min(ratio, large / Math.Max(small, 1e-3));
        }
        return ratio;
    }

    private static double Best(Action action)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return best;
    }

    /// <summary>The CLI as a child process (the apphost copied beside the tests), for peak memory and signals.</summary>
    public static Process StartCli(string workingDirectory, params string[] args) => StartCli(workingDirectory, null, args);

    /// <param name="environment">Variables set for the child (a heap limit, to make it run out of memory).</param>
    public static Process StartCli(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "certlint.exe" : "certlint"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start)!;
    }

    /// <summary>Runs the CLI to its end and returns its exit code and peak resident memory (VmHWM, Linux), draining its output.</summary>
    public static (int ExitCode, long PeakBytes, string Stderr) RunCliMeasured(string workingDirectory, params string[] args)
    {
        using var process = StartCli(workingDirectory, args);
        var stdout = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakResident(process.Id));
            Thread.Sleep(50);
        }
        stdout.Wait();
        process.WaitForExit();
        return (process.ExitCode, peak, stderr.Result);
    }

    /// <summary>VmHWM of a live process: the most resident memory it has had so far.</summary>
    public static long PeakResident(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0]) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between two polls.
        }
        return 0;
    }

    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
