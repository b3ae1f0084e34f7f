using System.Diagnostics;
using CertLint.Fuzz;
using SharpFuzz;

// certlint-fuzz TARGET            run under afl-fuzz (SharpFuzz persistent mode; see fuzz.sh)
// certlint-fuzz TARGET PATH...    replay files or folders once each, outside AFL: prints the time per input and any
//                                 escaping exception, exit 1 if one escaped
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: CertLint.Fuzz TARGET [PATH...]; targets: {string.Join(", ", FuzzTargets.All.Keys)}");
    return 2;
}
if (args.Length == 1)
{
    Fuzzer.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        target(buffer.ToArray());
    });
    return 0;
}
var failed = 0;
var files = args.Skip(1).SelectMany<string, string>(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : new[] { p });
foreach (var file in files)
{
    var watch = Stopwatch.StartNew();
    try
    {
        target(File.ReadAllBytes(file));
        Console.WriteLine($"{file}: ok ({watch.ElapsedMilliseconds} ms)");
    }
    catch (Exception ex)
    {
        failed++;
        Console.WriteLine($"{file}: {ex.GetType().FullName}: {ex.Message.ReplaceLineEndings(" ")} ({watch.ElapsedMilliseconds} ms)");
        Console.WriteLine(ex.StackTrace);
    }
}
return failed == 0 ? 0 : 1;
