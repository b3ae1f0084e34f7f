using CertLint.Benchmarks;

// Plain timed harness: dotnet run -c Release --project tests/CertLint.Benchmarks -- <benchmark> [count]
var which = args.Length > 0 ? args[0] : "decode";
var count = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 10_000;
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd}");
switch (which)
{
    case "decode":
        DecodeBenchmark.Run(count);
        break;
    case "decode-files":
        DecodeBenchmark.RunFiles(count);
        break;
    case "convert":
        ConvertBenchmark.Run(args[1..]);
        break;
    case "lint":
        LintBenchmark.Run(count);
        break;
    case "bundle-curve":
        BundleCurveBenchmark.Run(args[1..]);
        break;
    case "bundle-files":
        // The bundles the curves time, made (or found) in the temp folder; one path per line, for cli-curve.sh.
        foreach (var size in args[1..].Select(int.Parse))
        {
            Console.WriteLine(BundleFactory.PemBundlePath(size));
        }
        break;
    case "allocations":
        AllocationBenchmark.Run(count);
        break;
    case "allocation-types":
        AllocationBenchmark.RunByType(count);
        break;
    case "rule-allocations":
        AllocationBenchmark.RunPerRule(count);
        break;
    case "hostile":
        HostileBenchmark.Run();
        break;
    case "jsonl":
        JsonlBenchmark.Run(args[1..]);
        break;
    default:
        Console.Error.WriteLine($"unknown benchmark '{which}' (known: decode, decode-files, convert, lint, bundle-curve, bundle-files, allocations, allocation-types, rule-allocations, hostile, jsonl)");
        return 2;
}
return 0;
