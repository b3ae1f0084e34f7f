using CertLint.Input;
using CertLint.X509;

namespace CertLint.Tests;

/// <summary>Locates committed fixtures (tests read only from inside the repository).</summary>
public static class Fixtures
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "CertLint.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("repository root (CertLint.sln) not found above " + AppContext.BaseDirectory);
    });

    public static string RepoRoot => Root.Value;

    /// <summary>Absolute path of <c>fixtures/RELATIVE</c>.</summary>
    public static string Path(string relative) => System.IO.Path.Combine(RepoRoot, "fixtures", relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(Path(relative));

    /// <summary>The first certificate in a fixture file; fails the test when there is none or it is malformed.</summary>
    public static Certificate Certificate(string relative) => Certificates(relative)[0];

    public static IReadOnlyList<Certificate> Certificates(string relative)
    {
        var result = InputDecoder.DecodeFile(Path(relative));
        Assert.Empty(result.Errors);
        var certs = result.Certificates.Select(o => o.Certificate ?? throw new InvalidOperationException($"{relative}: certificate did not decode")).ToList();
        Assert.NotEmpty(certs);
        return certs;
    }
}
