using System.Text;
using CertLint.Input;
using CertLint.IO;
using CertLint.Reports;
using CertLint.Rules.Engine;
using CertLint.Rules.Engine.Profiles;
using CertLint.Targets.MbedTls;
using CertLint.Targets.MbedTls.Lint;
using CertLint.Tests.Cli;
using CertLint.X509;
using CertLint.X509.Chains;

namespace CertLint.Tests.Engine;

/// <summary>
/// Issue 10: past <see cref="InputOptions.ModelsHeld"/> certificates an input holds its models weakly, and lint's issuer
/// index and chains hold positions, not models, so 327,000 distinct certificates are not all in memory at once. The
/// verdicts must not change: here with nothing held, a few held, and all held.
/// </summary>
public sealed class ModelsOnDemandTests
{
    /// <summary>Chains with intermediates, a fleet under one CA, copies and a certificate that does not decode.</summary>
    private static byte[] MixedBundle() => Encoding.ASCII.GetBytes(string.Concat(
        new[] { "lint/chain.pem", "verdicts/ica.pem", "verdicts/devices.pem", "lint/malformed.pem", "lint/two-leaves.pem", "lint/chain.pem", "lint/root.pem" }
            .Select(f => File.ReadAllText(Fixtures.Path(f)) + "\n")));

    private static string LintJson(InputOptions options, bool withTargets = false, int parentsHeld = LargeInput.ModelsHeld)
    {
        // With targets, as `lint --target mbedtls-2.16,mbedtls-3.6 --ca root.pem --suite ...` runs: a finding source
        // reads every certificate's context (made on access) and verifies each leaf against the fleet's root.
        var sources = withTargets
            ? [new MbedTlsFindingSource([.. new[] { "mbedtls-2.16", "mbedtls-3.6" }.Select(v => MbedTlsTarget.Load(v).DefaultConfig())],
                new MbedTlsLintOptions("default", EngineTestKit.Now, "TLS-ECDHE-ECDSA-WITH-AES-128-GCM-SHA256", "client", null, parentsHeld))]
            : Array.Empty<IFindingSource>();
        var catalog = sources.Length == 0 ? RuleCatalog.Default : new RuleCatalog(sources);
        var engine = new LintEngine(new LintConfiguration
        {
            Catalog = catalog,
            Profile = new ProfileResolver(catalog, Directory.GetCurrentDirectory()).Resolve([]),
            Clock = new FixedClock(EngineTestKit.Now),
            TrustAnchors = withTargets ? Fixtures.Certificates("verdicts/root.pem") : [],
        });
        var report = engine.Lint(InputDecoder.Decode("mixed.pem", MixedBundle(), options));
        using var text = new StringWriter();
        // JSON Lines: one line per certificate with every field of its report (issuer, role, findings, rules run).
        ReportFormats.Create("jsonl", text, false, false).WriteFile(report);
        return text.ToString();
    }

    [Fact]
    public void LintGivesTheSameReportWhateverNumberOfModelsIsHeld()
    {
        var held = LintJson(InputOptions.Default);
        Assert.Contains("chain.", held);
        Assert.Equal(held, LintJson(new InputOptions { ModelsHeld = 0 }));
        Assert.Equal(held, LintJson(new InputOptions { ModelsHeld = 3 }));
    }

    [Fact]
    public void LintWithTargetsGivesTheSameReportWhateverNumberOfModelsIsHeld()
    {
        var held = LintJson(InputOptions.Default, withTargets: true);
        Assert.Contains("mbedtls-3.6 ok", held);
        Assert.Contains("mbedtls.", held);
        Assert.Equal(held, LintJson(new InputOptions { ModelsHeld = 0 }, withTargets: true));
        // The CAs Mbed TLS verifies leaves with, held weakly (parsed again when collected) instead of as parsed.
        Assert.Equal(held, LintJson(new InputOptions { ModelsHeld = 0 }, withTargets: true, parentsHeld: 0));
    }

    [Fact]
    public void BuiltChainsHoldNoModel()
    {
        var decoded = Fixtures.Certificates("lint/chain.pem").Concat(Fixtures.Certificates("lint/two-leaves.pem")).Select(c => c.Encoded).ToList();
        var models = new FreshModels(decoded);
        var chains = BuildAndAsk(models);
        Assert.True(models.Made > decoded.Count);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.Equal(0, models.Alive());
        GC.KeepAlive(chains);
    }

    /// <summary>In a method of its own: a debug build keeps a method's temporaries alive until it returns.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static BundleChains BuildAndAsk(FreshModels models)
    {
        var chains = new BundleChains(models);
        Assert.Equal(IssuerStatus.Verified, chains.MatchOf(0).Status);
        Assert.True(chains.IssuedSomething(1));
        Assert.Equal(models[1].Sha256, chains.IssuerOf(0)!.Sha256);
        return chains;
    }

    /// <summary>Decodes a new model at every read and remembers it weakly: any model still alive is held by someone else.</summary>
    private sealed class FreshModels(List<ReadOnlyMemory<byte>> encoded) : IReadOnlyList<Certificate>
    {
        private readonly List<WeakReference<Certificate>> _made = [];

        public int Made => _made.Count;

        public int Alive() => _made.Count(w => w.TryGetTarget(out _));

        public Certificate this[int index]
        {
            get
            {
                var model = CertificateDecoder.Decode(encoded[index]).Certificate!;
                lock (_made)
                {
                    _made.Add(new WeakReference<Certificate>(model));
                }
                return model;
            }
        }

        public int Count => encoded.Count;

        public IEnumerator<Certificate> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
