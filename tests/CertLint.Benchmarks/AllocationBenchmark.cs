using System.Diagnostics;
using CertLint.Input;
using CertLint.Reports;
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
        var catalog = RuleCatalog.Default;
        var profile = new ProfileResolver(catalog, Directory.GetCurrentDirectory()).Resolve([]);
        var engine = new LintEngine(new LintConfiguration { Catalog = catalog, Profile = profile, Clock = TimeProvider.System });
        Console.WriteLine($"{count} certificates: bytes allocated per certificate, ms per step (run 2 of 2)");
        for (var run = 0; run < 2; run++)
        {
            GC.Collect();
            var steps = new List<(string Step, long Bytes, double Ms, int Gen0, int Gen1)>();
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
                foreach (var (step, bytes, ms, gen0, gen1) in steps)
                {
                    Console.WriteLine($"  {step,-20} {bytes / count,8:N0} B/cert  {ms,7:F0} ms  {gen0,4} gen0 {gen1,4} gen1 collections");
                }
            }
        }
    }

    private static T Step<T>(List<(string, long, double, int, int)> steps, string name, Func<T> work)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var (gen0, gen1) = (GC.CollectionCount(0), GC.CollectionCount(1));
        var watch = Stopwatch.StartNew();
        var result = work();
        steps.Add((name, GC.GetTotalAllocatedBytes(precise: true) - before, watch.Elapsed.TotalMilliseconds,
            GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1));
        return result;
    }
}
