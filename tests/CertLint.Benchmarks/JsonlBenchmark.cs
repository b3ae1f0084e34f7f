using System.Diagnostics;

namespace CertLint.Benchmarks;

/// <summary>
/// Fleet mode: `certlint lint --format jsonl --files-from LIST` over 1,000, 10,000 and 100,000 certificates (one DER
/// file each), run as a child process. Counts the JSON lines as they arrive and samples the child's peak resident set
/// (VmHWM in /proc, Linux) while it runs: flat memory means the peak does not grow with the number of certificates.
/// </summary>
public static class JsonlBenchmark
{
    public static void Run(string[] args)
    {
        // args: [certlint executable (default out/native/linux-x64/certlint)] [largest count (default 100000)]
        var certlint = args.Length > 0 ? args[0] : Path.Combine("out", "native", "linux-x64", "certlint");
        var largest = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 100_000;
        var files = BundleFactory.SeparateDerFiles(largest);
        Console.WriteLine($"certlint: {certlint}; {files.Length} certificate files in {Path.GetDirectoryName(files[0])}");
        for (var count = Math.Min(1000, largest); count <= largest; count *= 10)
        {
            var list = Path.Combine(Path.GetTempPath(), $"certlint-bench-list-{count}.txt");
            File.WriteAllLines(list, files.Take(count));
            var (lines, wall, peakKib, exit) = RunOnce(certlint, list);
            Console.WriteLine($"lint --format jsonl --files-from ({count} files): exit {exit}, {lines} lines, {wall.TotalSeconds:F1} s, " +
                              $"{lines / wall.TotalSeconds:F0} certificates/s, peak RSS {peakKib / 1024.0:F1} MiB");
            File.Delete(list);
        }
    }

    private static (int Lines, TimeSpan Wall, long PeakKib, int Exit) RunOnce(string certlint, string list)
    {
        var info = new ProcessStartInfo(certlint) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "lint", "--format", "jsonl", "--quiet", "--fail-on", "never", "--files-from", list })
        {
            info.ArgumentList.Add(a);
        }
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var peak = 0L;
        var sampling = true;
        var sampler = Task.Run(() =>
        {
            while (Volatile.Read(ref sampling))
            {
                peak = Math.Max(peak, PeakKib(process.Id));
                Thread.Sleep(20);
            }
        });
        var stderr = process.StandardError.ReadToEndAsync();
        var lines = 0;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (!line.StartsWith("{\"type\":\"certificate\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("unexpected line: " + line);
            }
            lines++;
        }
        process.WaitForExit();
        watch.Stop();
        Volatile.Write(ref sampling, false);
        sampler.Wait();
        if (stderr.Result.Length > 0)
        {
            Console.Error.Write(stderr.Result);
        }
        return (lines, watch.Elapsed, peak, process.ExitCode);
    }

    /// <summary>VmHWM of a running process in KiB (0 once it has exited).</summary>
    private static long PeakKib(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
                }
            }
        }
        catch (IOException)
        {
        }
        return 0;
    }
}
