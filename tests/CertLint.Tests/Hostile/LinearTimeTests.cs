using System.Text;
using CertLint.Linting;
using CertLint.Input;
using CertLint.Rules;
using CertLint.Tests.Cli;
using CertLint.Tests.Rules;
using CertLint.X509;

namespace CertLint.Tests.Hostile;

/// <summary>
/// Issue 10: cost grows linearly with hostile input. Each test times size n and 4n (best of three, after a warm-up)
/// and asserts the ratio stays under 8: linear code gives about 4, the quadratic code these replace gave 16 or more.
/// </summary>
public sealed class LinearTimeTests
{
    private const double Linear = 8;

    [Fact]
    public void PemBeginLinesWithoutEndAreLinear()
    {
        // Before: every BEGIN searched to the end of the text for its END (100k blocks: 28 s).
        var ratio = HostileKit.GrowthRatio(20_000, n =>
        {
            var result = InputDecoder.Decode("noend.pem", Encoding.ASCII.GetBytes(Repeat("-----BEGIN CERTIFICATE-----\nMIIB\n", n)));
            // The first 1,000 are kept, the rest counted (InputErrorList).
            Assert.Equal(n, result.Errors.Sum(e => e.Weight));
        });
        Assert.True(ratio < Linear, $"4x the BEGIN lines took {ratio:0.0}x the time");
    }

    [Fact]
    public void TinyMalformedPemBlocksAreLinear()
    {
        // Before: each malformed certificate counted all objects so far to name itself (100k blocks: 16 s).
        var ratio = HostileKit.GrowthRatio(5_000, n =>
        {
            var result = InputDecoder.Decode("tiny.pem", Encoding.ASCII.GetBytes(Repeat("-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n", n)));
            Assert.Equal(n, result.Errors.Count);
        });
        Assert.True(ratio < Linear, $"4x the malformed blocks took {ratio:0.0}x the time");
    }

    [Fact]
    public void LintOfManySanNamesIsLinear()
    {
        // Before: the dNSName duplicate check compared every pair (100k names: 44 s). Every rule runs here.
        var pems = new Dictionary<int, string>();
        foreach (var n in new[] { 2_500, 10_000 })
        {
            var path = Path.Combine(Path.GetTempPath(), $"certlint-san-{n}-{Guid.NewGuid():N}.pem");
            File.WriteAllText(path, HostileKit.Pem(HostileKit.Certificate("san", Enumerable.Range(0, n).Select(i => $"h{i}.example.com"))));
            pems[n] = path;
        }
        try
        {
            var ratio = HostileKit.GrowthRatio(2_500, n => Assert.NotEqual(2, CliRunner.Run("lint", pems[n]).ExitCode));
            Assert.True(ratio < Linear, $"4x the SAN names took {ratio:0.0}x the time");
        }
        finally
        {
            foreach (var path in pems.Values)
            {
                File.Delete(path);
            }
        }
    }

    [Fact]
    public void VerifyingLeavesAgainstACrowdOfSameNamedCasIsLinear()
    {
        // Before: Mbed TLS's parent search checked every same-named --ca certificate's signature for every leaf, also
        // when they share one key (audit F9: 1,000 x 1,000 took 218 s). Each run makes new certificates, so nothing
        // parsed in one run is found again in the next.
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var dir = Directory.CreateTempSubdirectory("certlint-crowd-").FullName;
        var serial = 1L;
        string Crowd(int n, bool signatureGood)
        {
            var path = Path.Combine(dir, $"{serial}.pem");
            File.WriteAllText(path, string.Concat(Enumerable.Range(0, n).Select(_ => HostileKit.Pem(HostileKit.SameNamedCa(key, serial++, signatureGood)))));
            return path;
        }
        try
        {
            var ratio = HostileKit.GrowthRatio(30, n =>
            {
                var cas = Crowd(n, signatureGood: true);
                var leaves = Crowd(n, signatureGood: false);
                var r = CliRunner.Run("lint", "--quiet", "--target", "mbedtls-3.6", "--ca", cas, leaves);
                Assert.Equal(1, r.ExitCode);
                Assert.Contains("verify: mbedtls-3.6 failed", CliRunner.Run("lint", "--target", "mbedtls-3.6", "--ca", cas, leaves).Stdout);
            });
            Assert.True(ratio < Linear, $"4x the leaves and CAs took {ratio:0.0}x the time");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void DuplicatesAreFoundInOnePass()
    {
        var items = new[] { "a", "B", "b", "c", "a", "A" };
        Assert.Equal([(2, 1), (4, 0), (5, 0)], Duplicates.Of(items, s => s, StringComparer.OrdinalIgnoreCase).ToList());
        Assert.Equal([(4, 0)], Duplicates.Of(items, s => s == "B" ? null : s, StringComparer.Ordinal).ToList());
        var ratio = HostileKit.GrowthRatio(200_000, n => Duplicates.Of(Enumerable.Range(0, n).Select(i => $"n{i}").ToList(), s => s).Count());
        Assert.True(ratio < Linear, $"4x the entries took {ratio:0.0}x the time");
    }

    [Fact]
    public void GlobWithManyStarsDoesNotBacktrack()
    {
        // Before: '*a*a*...*b' against 'aaaa...' backtracked exponentially (30 s for one name).
        // With backtracking, 12 stars over a name of length L cost about L^12 steps; here time grows with L alone.
        var glob = new Glob(string.Concat(Enumerable.Repeat("*a", 12)) + "*b");
        var ratio = HostileKit.GrowthRatio(2_000, n =>
        {
            for (var i = 0; i < 20; i++)
            {
                Assert.False(glob.Matches(new string('a', n)));
            }
        });
        Assert.True(ratio < Linear, $"a 4x longer name took {ratio:0.0}x the time");
        Assert.True(new Glob("*a*a*b").Matches("xaxayb"));
    }

    /// <summary>The linear-time engine refuses patterns past 10,000 automaton nodes: a usage error, not an internal one.</summary>
    [Theory]
    [InlineData("--include", 1000, "*a")]
    [InlineData("--exclude", 4000, "?")]
    public void GlobTooLargeToMatchLinearlyIsAUsageError(string option, int repeat, string unit)
    {
        var pattern = string.Concat(Enumerable.Repeat(unit, repeat)) + "b";
        Assert.Throws<ArgumentException>(() => new Glob(pattern));
        var result = CliRunner.Run("lint", Fixtures.Path("lint"), option, pattern);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"certlint: --include/--exclude: pattern of {pattern.Length} characters is too large to match in linear time\n", result.Stderr);
    }

    /// <summary>
    /// Numbers are printed in decimal, which .NET does in quadratic time (a 400 KB serial took 11 s to show, a 100 KB
    /// RSA exponent 15 s to lint): an INTEGER over 4,096 octets is a decoding error, an RSA number over it is printed by size.
    /// </summary>
    [Fact]
    public void HugeIntegersAreRefusedBeforeTheyArePrinted()
    {
        var serial = new byte[5000];
        serial[0] = 0x7F;
        var w = new System.Formats.Asn1.AsnWriter(System.Formats.Asn1.AsnEncodingRules.DER);
        using (w.PushSequence())
        {
            using (w.PushSequence())
            {
                using (w.PushSequence(new System.Formats.Asn1.Asn1Tag(System.Formats.Asn1.TagClass.ContextSpecific, 0)))
                {
                    w.WriteInteger(2);
                }
                w.WriteInteger(serial);
            }
        }
        var error = CertificateDecoder.Decode(w.Encode()).Error;
        Assert.NotNull(error);
        Assert.Equal(("INTEGER too large", "at most 4096 octets", "5000 octets"), (error.Message, error.Expected, error.Found));

        // RSA numbers are read whole (the rules judge them) but printed by their size past that.
        var issuer = Decode(RsaCertificate(4096, 4097 * 8));
        var finding = Assert.Single(RuleTestKit.Run(RuleTestKit.Rule("rfc5280.key.rsa-exponent-not-65537"), issuer));
        Assert.Equal("RSA public exponent is of 32776 bits (too large to print) (65537 recommended)", finding.Message);
    }

    /// <summary>A keyUsage of 800,000 set bits named each undefined one: 789 MB of output and 8.9 GB for 80 million.</summary>
    [Fact]
    public void UndefinedKeyUsageBitsAreNamedUpToSixteen()
    {
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=bits", key, System.Security.Cryptography.HashAlgorithmName.SHA256);
        var bits = new System.Formats.Asn1.AsnWriter(System.Formats.Asn1.AsnEncodingRules.DER);
        bits.WriteBitString(Enumerable.Repeat((byte)0xFF, 100_000).ToArray());
        request.CertificateExtensions.Add(new System.Security.Cryptography.X509Certificates.X509Extension("2.5.29.15", bits.Encode(), true));
        // Create, not CreateSelfSigned: the latter checks the keyUsage against the key and refuses this one.
        using var certificate = request.Create(request.SubjectName, System.Security.Cryptography.X509Certificates.X509SignatureGenerator.CreateForECDsa(key),
            new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), [1, 2, 3, 4, 5, 6, 7, 8]);
        var finding = Assert.Single(RuleTestKit.Run(RuleTestKit.Rule("rfc5280.ext.key-usage.undefined-bits"), Decode(certificate.RawData)));
        Assert.Equal("keyUsage sets undefined bit(s) 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24 and 799975 more (defined bits are 0..8)", finding.Message);
    }

    /// <summary>
    /// explain-log's patterns are unanchored: the backtracking engine tried each start of a long line (80,000
    /// characters: 21 s; 1 MB without debug syntax: 72 s). They run on the non-backtracking engine now.
    /// </summary>
    [Theory]
    [InlineData("ssl_tls.c:1: |1| ", "")]
    [InlineData("ssl_tls.c:1: |1| ", " returned -1")]
    [InlineData("", "")]
    public void ExplainLogIsLinearInTheLengthOfALine(string prefix, string suffix)
    {
        var ratio = HostileKit.GrowthRatio(20_000, n => CertLint.Tls.Logs.MbedTlsDebugLog.Parse(prefix + new string('a', n) + suffix + "\n"));
        Assert.True(ratio < Linear, $"a 4x longer line took {ratio:0.0}x the time");
    }

    [Fact]
    public void HugeRsaKeysAreRefusedBeforeAnySignatureMath()
    {
        // Before: a 16384-bit modulus with a 16384-bit exponent cost 8 s per check, 32768 bits 56 s.
        var subject = Decode(HostileKit.Certificate("leaf"));
        foreach (var (bits, exponentBits, reason) in new[] { (16384, 17, "16384 bits is over the 8192-bit limit"), (4096, 4095, "exponent of 4095 bits is over the 256-bit limit") })
        {
            var issuer = Decode(RsaCertificate(bits, exponentBits));
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var (verdict, why) = SignatureCheck.Verify(subject, issuer);
            Assert.Equal(SignatureVerdict.Unchecked, verdict);
            Assert.Contains(reason, why);
            // No modular exponentiation ran (that takes seconds at these sizes); generous for a busy machine.
            Assert.True(watch.ElapsedMilliseconds < 2000, $"{watch.ElapsedMilliseconds} ms");
        }
    }

    private static Certificate Decode(byte[] der) => CertificateDecoder.Decode(der).Certificate!;

    /// <summary>A structurally valid certificate with an RSA key of the given sizes (random odd numbers; the signature is junk).</summary>
    private static byte[] RsaCertificate(int modulusBits, int exponentBits)
    {
        static byte[] Odd(int bits)
        {
            var bytes = new byte[(bits + 7) / 8];
            Random.Shared.NextBytes(bytes);
            bytes[0] = (byte)((bytes[0] | 0x80) & (0xFF >> (8 * bytes.Length - bits)));
            bytes[0] |= (byte)(0x80 >> (8 * bytes.Length - bits));
            bytes[^1] |= 1;
            return bytes;
        }
        var w = new System.Formats.Asn1.AsnWriter(System.Formats.Asn1.AsnEncodingRules.DER);
        using (w.PushSequence())
        {
            using (w.PushSequence())
            {
                using (w.PushSequence(new System.Formats.Asn1.Asn1Tag(System.Formats.Asn1.TagClass.ContextSpecific, 0)))
                {
                    w.WriteInteger(2);
                }
                w.WriteInteger(1);
                WriteAlgorithm(w, "1.2.840.113549.1.1.11");
                WriteName(w);
                using (w.PushSequence())
                {
                    w.WriteUtcTime(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
                    w.WriteUtcTime(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
                }
                WriteName(w);
                using (w.PushSequence())
                {
                    WriteAlgorithm(w, "1.2.840.113549.1.1.1");
                    var key = new System.Formats.Asn1.AsnWriter(System.Formats.Asn1.AsnEncodingRules.DER);
                    using (key.PushSequence())
                    {
                        key.WriteIntegerUnsigned(Odd(modulusBits));
                        key.WriteIntegerUnsigned(Odd(exponentBits));
                    }
                    w.WriteBitString(key.Encode());
                }
            }
            WriteAlgorithm(w, "1.2.840.113549.1.1.11");
            w.WriteBitString(new byte[modulusBits / 8]);
        }
        return w.Encode();

        static void WriteAlgorithm(System.Formats.Asn1.AsnWriter w, string oid)
        {
            using (w.PushSequence())
            {
                w.WriteObjectIdentifier(oid);
                w.WriteNull();
            }
        }

        static void WriteName(System.Formats.Asn1.AsnWriter w)
        {
            using (w.PushSequence())
            using (w.PushSetOf())
            using (w.PushSequence())
            {
                w.WriteObjectIdentifier("2.5.4.3");
                w.WriteCharacterString(System.Formats.Asn1.UniversalTagNumber.UTF8String, "big");
            }
        }
    }

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();
}
