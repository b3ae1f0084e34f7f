using System.Diagnostics;
using CertLint.Input;
using CertLint.Reports;
using CertLint.Rules;
using CertLint.Rules.Engine;
using CertLint.Rules.Engine.Profiles;
using CertLint.X509.Chains;

namespace CertLint.Benchmarks;

/// <summary>
/// Where lint of one big bundle allocates: managed bytes allocated (all threads) and time per certificate for each
/// step of `certlint lint FILE` on the <see cref="BundleFactory"/> bundle, after a warm-up run. Allocation volume
/// drives the collector's work, the zeroing of fresh memory and its page faults, which were a quarter of the
/// native binary's processor time on 10,000 certificates.
/// </summary>
public static class AllocationBenchmark
{
    public static void Run(int count)
    {
        var path = BundleFactory.PemBundlePath(count);
        var engine = DefaultEngine();
        Console.WriteLine($"{count} certificates: bytes allocated per certificate, ms per step, collections and their pauses (run 2 of 2)");
        for (var run = 0; run < 2; run++)
        {
            GC.Collect();
            var steps = new List<(string Step, long Bytes, double Ms, int Gen0, int Gen1, double PausedMs)>();
            var result = Step(steps, "read + decode", () => InputDecoder.DecodeFile(path));
            var certificates = result.Objects.Where(o => o.Certificate is not null).Select(o => o.Certificate!).ToList();
            Step(steps, "chains alone", () => new BundleChains(certificates));
            var report = Step(steps, "lint (chains, rules)", () => engine.Lint(result));
            Step(steps, "text report", () =>
            {
                ReportFormats.Create("text", TextWriter.Null, false, false).WriteFile(report);
                return 0;
            });
            if (run == 1)
            {
                foreach (var (step, bytes, ms, gen0, gen1, paused) in steps)
                {
                    Console.WriteLine($"  {step,-20} {bytes / count,8:N0} B/cert  {ms,7:F0} ms  {gen0,4} gen0 {gen1,4} gen1 collections, {paused,5:F0} ms paused");
                }
            }
        }
    }

    /// <summary>The types each step allocates most (the runtime's allocation samples), after a warm-up run.</summary>
    public static void RunByType(int count)
    {
        var path = BundleFactory.PemBundlePath(count);
        var engine = DefaultEngine();
        engine.Lint(InputDecoder.DecodeFile(path));
        using var sampler = new AllocationSampler();
        InputResult? result = null;
        sampler.Report("read + decode", () => result = InputDecoder.DecodeFile(path));
        FileReport? report = null;
        sampler.Report("lint (chains, rules)", () => report = engine.Lint(result!));
        sampler.Report("text report", () => ReportFormats.Create("text", TextWriter.Null, false, false).WriteFile(report!));
    }

    /// <summary>
    /// The rules that allocate most, per certificate, each run alone on one thread over the whole bundle (after a
    /// warm-up pass): the lint step's bytes split by rule.
    /// </summary>
    public static void RunPerRule(int count)
    {
        var path = BundleFactory.PemBundlePath(count);
        var catalog = RuleCatalog.Default;
        var certificates = InputDecoder.DecodeFile(path).Objects.Where(o => o.Certificate is not null).Select(o => o.Certificate!).ToList();
        var chains = new BundleChains(certificates);
        var contexts = certificates.Select((c, i) => new RuleContext
        {
            Certificate = c, Role = RuleContext.RoleOf(c), Issuer = chains.IssuerOf(i), Chain = chains.Stored, Chains = chains,
            ChainIndex = i, Clock = TimeProvider.System,
        }).ToList();
        var rows = new List<(string Rule, long Bytes, double Ms)>();
        var findings = new List<Finding>();
        for (var r = 0; r < catalog.Rules.Count; r++)
        {
            var rule = catalog.Rules[r];
            var descriptor = catalog.RuleDescriptors[r];
            void Pass()
            {
                foreach (var context in contexts)
                {
                    if (Applicability.Applies(descriptor, context.Certificate, context.Role, context.Issuer is not null))
                    {
                        rule.Check(context, findings);
                        findings.Clear();
                    }
                }
            }
            Pass();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            Pass();
            rows.Add((descriptor.Id, GC.GetAllocatedBytesForCurrentThread() - before, watch.Elapsed.TotalMilliseconds));
        }
        var byTime = Environment.GetEnvironmentVariable("BY_TIME") is not null;
        Console.WriteLine($"{count} certificates, {rows.Count} rules: total {rows.Sum(r => r.Bytes) / count:N0} B/cert, {rows.Sum(r => r.Ms):F0} ms; "
            + (byTime ? "the 25 slowest:" : "the 25 that allocate most:"));
        foreach (var (rule, bytes, ms) in rows.OrderByDescending(r => byTime ? r.Ms : r.Bytes).Take(25))
        {
            Console.WriteLine($"  {rule,-48} {bytes / count,7:N0} B/cert {ms,7:F1} ms");
        }
    }

    private static LintEngine DefaultEngine()
    {
        var catalog = RuleCatalog.Default;
        var profile = new ProfileResolver(catalog, Directory.GetCurrentDirectory()).Resolve([]);
        return new LintEngine(new LintConfiguration { Catalog = catalog, Profile = profile, Clock = TimeProvider.System });
    }

    private static T Step<T>(List<(string, long, double, int, int, double)> steps, string name, Func<T> work)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var (gen0, gen1, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.GetTotalPauseDuration());
        var watch = Stopwatch.StartNew();
        var result = work();
        steps.Add((name, GC.GetTotalAllocatedBytes(precise: true) - before, watch.Elapsed.TotalMilliseconds,
            GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds));
        return result;
    }
}
