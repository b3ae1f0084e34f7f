using CertLint.Rules;
using CertLint.Rules.Engine;
using CertLint.Targets.MbedTls;
using CertLint.Targets.MbedTls.Lint;
using CertLint.Tests.Cli;
using CertLint.Tests.X509;
using CertLint.X509;
using CertLint.X509.Chains;

namespace CertLint.Tests.Targets.MbedTls;

/// <summary>
/// Issue 10: a fleet rejected by a build for one reason draws the same mbedtls.parse finding (cause, fixes, details)
/// on every certificate; lint --target holds it once instead of once per certificate.
/// </summary>
public sealed class SharedVerdictTests
{
    [Fact]
    public void EqualParseVerdictsOnDifferentCertificatesAreOneFinding()
    {
        // The decoder sample carries a critical certificatePolicies extension, which Mbed TLS 2.16 refuses.
        var first = Samples.EcLeaf;
        var second = (byte[])first.Clone();
        var serial = CertificateDecoder.Decode(first).Certificate!.SerialNumberLocation;
        second[serial.Offset + serial.Length - 1] ^= 0x01;
        var source = new MbedTlsFindingSource([MbedTlsTarget.Load("mbedtls-2.16").DefaultConfig()],
            new MbedTlsLintOptions("default", null, null, "server", null));
        var models = new[] { first, second }.Select(der => CertificateDecoder.Decode(der).Certificate!).ToList();
        var chains = new BundleChains(models);
        var contexts = models.Select((c, i) => new RuleContext
        {
            Certificate = c, Role = RuleContext.RoleOf(c), Chain = models, ChainIndex = i, Chains = chains, Clock = new FixedClock(DateTimeOffset.UnixEpoch),
        }).ToList();
        var findings = source.Check(new FindingSourceContext
        {
            File = "fleet.pem", Certificates = contexts, Clock = new FixedClock(DateTimeOffset.UnixEpoch), Parameters = _ => new Dictionary<string, string>(),
        }).Where(f => f.Finding.RuleId == "mbedtls.parse").ToList();
        Assert.Equal([0, 1], findings.Select(f => f.Certificate));
        Assert.NotEqual(contexts[0].Certificate.Sha256, contexts[1].Certificate.Sha256);
        Assert.Same(findings[0].Finding, findings[1].Finding);
    }
}
