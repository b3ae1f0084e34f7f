using System.Text;
using CertLint.Conversion;
using CertLint.Input;
using CertLint.Rules.Engine;
using CertLint.Rules.Engine.Profiles;
using CertLint.Targets.MbedTls;
using CertLint.Targets.MbedTls.Lint;
using Certificate = CertLint.X509.Certificate;

namespace CertLint.Tls.Probe;

/// <summary>
/// The chain a server sent, judged as `certlint lint --target ...` judges a file: the RFC rules of the default
/// profile and the Mbed TLS emulation (parse, verify against the trust anchors when given, usage for the negotiated
/// suite) on the given builds, through the same engine and finding source.
/// </summary>
public static class ProbeChainLint
{
    /// <param name="chain">DER certificates as the server sent them, leaf first.</param>
    /// <param name="builds">The release of --as (with its configuration), or every release's default.</param>
    /// <param name="suite">The negotiated suite to check the leaf's usage for (0xNNNN), or null.</param>
    public static FileReport Lint(IReadOnlyList<byte[]> chain, IReadOnlyList<MbedTlsConfig> builds, IReadOnlyList<Certificate> anchors,
        string? suite, TimeProvider clock, string workingDirectory)
    {
        var source = new MbedTlsFindingSource(builds, new MbedTlsLintOptions("default", null, suite, "server", null));
        var catalog = new RuleCatalog([source]);
        var engine = new LintEngine(new LintConfiguration
        {
            Catalog = catalog,
            Profile = new ProfileResolver(catalog, workingDirectory).Resolve([]),
            Clock = clock,
            TrustAnchors = anchors,
        });
        return engine.Lint(InputDecoder.Decode("server chain", Pem(chain)));
    }

    private static byte[] Pem(IReadOnlyList<byte[]> chain)
    {
        var text = new StringBuilder();
        foreach (var der in chain)
        {
            PemWriter.AppendBlock(text, "CERTIFICATE", der);
        }
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
