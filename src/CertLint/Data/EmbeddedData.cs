using System.Reflection;

namespace CertLint.Data;

/// <summary>
/// The YAML under the repository's <c>rules/</c> folder, compiled into the library so a published
/// binary needs no files beside it. Names are paths relative to <c>rules/</c>, with '/' separators.
/// </summary>
public static class EmbeddedData
{
    private const string Prefix = "rules/";
    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    public static IEnumerable<string> Names() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal);

    public static bool Exists(string name) => Assembly.GetManifestResourceInfo(Prefix + name) is not null;

    public static string ReadText(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new FileNotFoundException($"embedded data '{name}' is not in the build (expected rules/{name})");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
