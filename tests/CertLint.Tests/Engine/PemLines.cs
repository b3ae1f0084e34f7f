namespace CertLint.Tests.Engine;

/// <summary>The 1-based lines of a fixture's BEGIN lines, read from the file itself (regenerated keys change sizes).</summary>
internal static class PemLines
{
    public static int[] Begins(string fixture) =>
        [.. File.ReadAllLines(Fixtures.Path(fixture)).Select((line, i) => (line, i)).Where(x => x.line.StartsWith("-----BEGIN ", StringComparison.Ordinal)).Select(x => x.i + 1)];
}
