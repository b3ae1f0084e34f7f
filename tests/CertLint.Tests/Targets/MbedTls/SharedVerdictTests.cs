using System.Security.Cryptography;
using System.Text;
using CertLint.Input;
using CertLint.Rules.Engine;
using CertLint.Rules.Engine.Profiles;
using CertLint.Targets.MbedTls;
using CertLint.Targets.MbedTls.Lint;
using CertLint.Tests.Cli;
using CertLint.Tests.X509;
using CertLint.X509;

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
        var catalog = new RuleCatalog([source]);
        var engine = new LintEngine(new LintConfiguration
        {
            Catalog = catalog,
            Profile = new ProfileResolver(catalog, Directory.GetCurrentDirectory()).Resolve([]),
            Clock = new FixedClock(DateTimeOffset.UnixEpoch),
        });
        var pem = string.Concat(new[] { first, second }.Select(der => PemEncoding.WriteString("CERTIFICATE", der) + "\n"));
        var report = engine.Lint(InputDecoder.Decode("fleet.pem", Encoding.ASCII.GetBytes(pem)));
        var verdicts = report.Certificates.Select(c => c.Findings.Single(f => f.Rule == "mbedtls.parse")).ToList();
        Assert.NotEqual(report.Certificates[0].Sha256, report.Certificates[1].Sha256);
        Assert.NotEmpty(verdicts[0].Details);
        Assert.Same(verdicts[0], verdicts[1]);
    }
}
