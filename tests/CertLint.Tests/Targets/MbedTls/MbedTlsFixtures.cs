namespace CertLint.Tests.Targets.MbedTls;

/// <summary>Reads test inputs from fixtures/mbedtls inside the repository (found by walking up to CertLint.sln).</summary>
internal static class MbedTlsFixtures
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([RepoRoot, "fixtures", "mbedtls", .. parts]);

    public static byte[] Bytes(params string[] parts) => File.ReadAllBytes(Path(parts));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "CertLint.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CertLint.sln not found above " + AppContext.BaseDirectory);
    }

    public sealed record Vector(string Name, byte[] Der, int ExpectedCode, bool DefaultConfig, string[] DependsOn);

    public static IReadOnlyList<Vector> Vectors(string release)
    {
        var lines = File.ReadAllLines(Path("vectors", $"x509parse_crt-{release}.tsv"));
        return lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var c = l.Split('\t');
            return new Vector(c[0], Convert.FromHexString(c[1]), CertLint.Targets.MbedTls.MbedTlsErrorCodes.Parse(c[2])!.Value,
                c[4] == "1", c[5].Length == 0 ? [] : c[5].Split(':'));
        }).ToList();
    }
}
