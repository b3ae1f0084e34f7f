using System.Diagnostics;
using CertLint.Input;
using CertLint.Rules.Engine;
using CertLint.Rules.Engine.Profiles;
using CertLint.X509;
using CertLint.X509.Chains;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace CertLint.Tests.Verdicts;

/// <summary>
/// Issue 10 (chain part): chain building is linear. Sizes N and 4N, generated here (nothing large committed); the
/// assertions are on ratios (signature checks counted, or time), never on absolute times.
/// Runs alone (no other test in parallel), so the processor time it measures is its own.
/// </summary>
[Collection(Alone.Name)]
public class ChainComplexityTests
{
    private static readonly SeededKeys Keys = new(9);
    private static readonly SecureRandom Random = Keys.Random;

    private static AsymmetricCipherKeyPair Key() => Keys.Next();

    /// <summary>Certificates named by <paramref name="subject"/>(i) and <paramref name="issuer"/>(i), no key identifiers, all with one public key, signed by another.</summary>
    private static List<Certificate> Make(int count, Func<int, string> subject, Func<int, string> issuer)
    {
        var holder = Key();
        var signer = new Asn1SignatureFactory("SHA256WITHECDSA", Key().Private, Random);
        var list = new List<Certificate>(count);
        for (var i = 0; i < count; i++)
        {
            var g = new X509V3CertificateGenerator();
            g.SetSerialNumber(BigInteger.ValueOf(1000 + i));
            g.SetIssuerDN(new X509Name(issuer(i)));
            g.SetSubjectDN(new X509Name(subject(i)));
            g.SetNotBefore(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            g.SetNotAfter(new DateTime(2035, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            g.SetPublicKey(holder.Public);
            g.AddExtension(X509Extensions.BasicConstraints, true, new Org.BouncyCastle.Asn1.X509.BasicConstraints(true));
            list.Add(CertificateDecoder.Decode(g.Generate(signer).GetEncoded()).Certificate!);
        }
        return list;
    }

    [Fact]
    public void SameNamedCertificatesWithoutKeyIdentifiersCostLinearSignatureChecks()
    {
        // Every certificate is a name match for every other and none verifies: the old matchers tried all N.
        long Checks(int n) => new BundleChains(Make(n, _ => "CN=Same", _ => "CN=Same")).Signatures.Checks;
        var small = Checks(40);
        var large = Checks(160);
        Assert.InRange(small, 40, 40 * IssuerMatcher.MaxSignatureCandidates);
        Assert.True(large <= 5 * small, $"signature checks: {small} for 40 certificates, {large} for 160 (quadratic would be 16x)");
    }

    [Fact]
    public void TriedCandidatesAreNotAllRemembered()
    {
        // Each of 40 same-named certificates tries eight candidates; keeping every verdict held eight per certificate.
        var chains = new BundleChains(Make(40, _ => "CN=Same", _ => "CN=Same"));
        Assert.True(chains.Signatures.Checks >= 40 * IssuerMatcher.MaxSignatureCandidates - 8, $"{chains.Signatures.Checks} checks");
        Assert.InRange(chains.Signatures.Remembered, 40, 2 * 40);
        // The pair a rule asks about again (chain.signature-invalid: the certificate and the issuer it is judged against) is kept.
        var before = chains.Signatures.Checks;
        for (var i = 0; i < chains.Stored.Count; i++)
        {
            chains.Signatures.Verify(chains.Stored[i], chains.IssuerOf(i)!);
        }
        Assert.Equal(before, chains.Signatures.Checks);
    }

    [Fact]
    public void DistinctLeavesWithAbsentIssuersLintInLinearTime()
    {
        var catalog = RuleCatalog.Default;
        var profile = new ProfileResolver(catalog, Directory.GetCurrentDirectory()).Resolve([]);
        var engine = new LintEngine(new LintConfiguration { Catalog = catalog, Profile = profile, Clock = new Cli.FixedClock(new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero)) });
        // Distinct CA certificates whose issuers are all absent: chain.issuer-missing looks for every issuer.
        List<Certificate> Bundle(int n) => Make(n, i => $"CN=leaf {i}", i => $"CN=absent CA {i}");
        double Seconds(List<Certificate> bundle)
        {
            var pem = string.Concat(bundle.Select(c => "-----BEGIN CERTIFICATE-----\n" + Convert.ToBase64String(c.Encoded.Span) + "\n-----END CERTIFICATE-----\n"));
            var input = InputDecoder.Decode("bundle.pem", System.Text.Encoding.ASCII.GetBytes(pem));
            // Processor time of this process, not wall-clock time: other processes on a shared machine do not count.
            var best = double.MaxValue;
            for (var run = 0; run < 3; run++)
            {
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                engine.Lint(input);
                best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds);
            }
            return best;
        }
        var small = Bundle(200);
        var large = Bundle(800);
        Seconds(small); // warm-up (JIT)
        var ratio = Seconds(large) / Seconds(small);
        Assert.True(ratio < 9, $"lint processor time ratio for 4x the certificates: {ratio:F1} (linear ~4, quadratic ~16)");
    }
}

/// <summary>Tests that measure processor time run in this collection, after and apart from all others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Alone
{
    public const string Name = "alone";
}
