namespace CertLint.Reports.Sarif;

/// <summary>File names as SARIF artifact URIs: relative with '/' below the working directory (what code scanning maps to the repository), file:// otherwise.</summary>
public static class SarifUris
{
    public static string For(string file, string workingDirectory)
    {
        if (file == "-")
        {
            return "-";
        }
        var full = Path.GetFullPath(file, workingDirectory);
        var relative = Path.GetRelativePath(workingDirectory, full);
        if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
        {
            return string.Join('/', relative.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString));
        }
        return new Uri(full).AbsoluteUri;
    }
}
