using CertLint.Input;
using CertLint.Rules.Engine;
using CertLint.Rules.Engine.Profiles;

namespace CertLint.Benchmarks;

/// <summary>
/// Decodes and lints N certificates with every rule of the default profile (rfc5280): once as one PEM bundle (one
/// file: one thread, issuers associated within the bundle), once as N separate DER files linted in parallel on all
/// cores the way `certlint lint DIR` does.
/// </summary>
public static class LintBenchmark
{
    public static void Run(int count)
    {
        var catalog = RuleCatalog.Default;
        var profile = new ProfileResolver(catalog, Directory.GetCurrentDirectory()).Resolve([]);
        var engine = new LintEngine(new LintConfiguration { Catalog = catalog, Profile = profile, Clock = TimeProvider.System });
        Console.WriteLine($"rules enabled: {catalog.Rules.Count(r => profile.IsEnabled(r.Descriptor.Id))} of {catalog.Descriptors.Count}");

        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var path = BundleFactory.PemBundlePath(count);
        var bytes = File.ReadAllBytes(path);
        var findings = 0;
        Measure.Report("lint bundle (decode + all rfc5280 rules)", count, () =>
        {
            var report = engine.Lint(InputDecoder.Decode(path, bytes));
            findings = report.Certificates.Sum(c => c.Findings.Count);
        }, repeats: 3);
        Console.WriteLine($"  findings in the bundle: {findings}");

        var files = BundleFactory.SeparateDerFiles(count);
        Measure.Report($"lint separate DER files in parallel ({Environment.ProcessorCount} cores)", files.Length, () =>
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                file => engine.Lint(InputDecoder.DecodeFile(file))), repeats: 3);
        // Wall-clock figures suffer when other processes share the cores; CPU time per certificate does not.
        var used = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"CPU time over both (incl. warm-ups, 8 passes): {used.TotalMilliseconds / (8.0 * count) * 1000:F0} µs per certificate");
    }
}
