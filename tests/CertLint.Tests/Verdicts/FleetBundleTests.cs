using System.Text.Json;
using CertLint.Conversion;
using CertLint.Tests.Cli;
using CertLint.X509.Chains;

namespace CertLint.Tests.Verdicts;

/// <summary>
/// Issue 9: a fleet bundle (24 device leaves and their CA, the CA in the middle of the file) is a set of chains, not
/// one chain in file order; lint, convert and the chain rules agree on its issuers (one matcher).
/// </summary>
public class FleetBundleTests
{
    private static string Fleet(string name) => Fixtures.Path("verdicts/" + name);

    [Fact]
    public void AFleetBundleGetsNoChainFinding()
    {
        var r = CliRunner.Run("lint", Fleet("fleet.pem"), "--format", "json");
        Assert.Equal("", r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var certificates = doc.RootElement.GetProperty("files")[0].GetProperty("certificates").EnumerateArray().ToList();
        Assert.Equal(25, certificates.Count);
        var chainFindings = certificates.SelectMany(c => c.GetProperty("findings").EnumerateArray())
            .Select(f => f.GetProperty("rule").GetString()!).Where(rule => rule.StartsWith("chain.", StringComparison.Ordinal)).ToList();
        Assert.Empty(chainFindings);
        // Every leaf is linked to the CA, which sits at position 12 of the file.
        var ca = certificates[12].GetProperty("sha256").GetString();
        Assert.All(certificates.Where((_, i) => i != 12), c => Assert.Equal(ca, c.GetProperty("issuerSha256").GetString()));
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void TheSameLeavesInOneFileWithTheirCaStillCatchARealPathLengthError()
    {
        // ica has pathLenConstraint 0; putting it under itself via a second CA level is what the rule is for: here, a
        // leaf "issued" by a leaf is not a CA path, so only a genuine chain is judged (fixtures/chain-rules/chain.path-length-exceeded.pem).
        var r = CliRunner.Run("lint", Fixtures.Path("chain-rules/chain.path-length-exceeded.pem"));
        Assert.Contains("chain.path-length-exceeded", r.Stdout);
    }

    [Fact]
    public void LintAndConvertPickTheSameIssuers()
    {
        var certificates = Fixtures.Certificates("verdicts/fleet.pem");
        var chains = new BundleChains(certificates);
        var origins = CertLint.Input.InputDecoder.DecodeFile(Fleet("fleet.pem")).Certificates.Select(o => o.Origin).ToList();
        var graph = ChainBuilder.Build([.. certificates.Select((c, i) => new BundleCertificate(i, c, origins[i]))]);
        for (var i = 0; i < certificates.Count; i++)
        {
            var fromConvert = graph.IssuerOf(graph.Unique[i]);
            Assert.Equal(chains.MatchOf(i).Status, fromConvert.Status);
            Assert.Equal(chains.IssuerOf(i)?.Sha256, fromConvert.Issuer?.Certificate.Sha256 ?? (fromConvert.Status == IssuerStatus.SelfSigned ? certificates[i].Sha256 : null));
        }
        Assert.Equal(24, chains.LeafCount);
        Assert.False(chains.IsOneChain);
    }

    [Fact]
    public void OutOfOrderStillAppliesToAFileThatIsOneChain()
    {
        var r = CliRunner.Run("lint", Fixtures.Path("chain-rules/chain.out-of-order.pem"));
        Assert.Contains("chain.out-of-order", r.Stdout);
    }
}
