using System.Diagnostics;

namespace CertLint.Benchmarks;

/// <summary>A plain timed harness: warm-up, then the best of several runs, with peak working set and allocations.</summary>
public static class Measure
{
    public static void Report(string name, int items, Action run, int repeats = 5)
    {
        run();
        var best = TimeSpan.MaxValue;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < repeats; i++)
        {
            // Start every run from a collected heap, so one run does not pay for the garbage of the one before.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            run();
            watch.Stop();
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }
        var allocatedPerRun = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / repeats;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"{name}: {items} items, best {best.TotalMilliseconds:F1} ms, {items / best.TotalSeconds:F0} items/s, " +
                          $"allocated {allocatedPerRun / 1024.0 / 1024.0:F1} MiB/run, peak working set {peak / 1024.0 / 1024.0:F1} MiB");
    }

    /// <summary>Times an external command (e.g. openssl) once after a warm-up; null when it is not installed.</summary>
    public static TimeSpan? TimeCommand(string file, string arguments)
    {
        try
        {
            TimeSpan Run()
            {
                var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                var watch = Stopwatch.StartNew();
                using var process = Process.Start(info)!;
                var drainOut = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
                var drainErr = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
                process.WaitForExit();
                Task.WaitAll(drainOut, drainErr);
                return watch.Elapsed;
            }
            Run();
            return Enumerable.Range(0, 3).Select(_ => Run()).Min();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
