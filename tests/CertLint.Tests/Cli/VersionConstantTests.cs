using CertLint.Cli;

namespace CertLint.Tests.Cli;

public class VersionConstantTests
{
    /// <summary>The build's constant (CertLint.Cli.csproj writes it) is the version the assembly carries.</summary>
    [Fact]
    public void VersionIsTheAssemblysVersion() =>
        Assert.Equal(typeof(CliApp).Assembly.GetName().Version!.ToString(3), CliApp.Version);
}

public class VerbLookupTests
{
    /// <summary>CliApp.Find builds one verb's table by name; it must find exactly the verbs the overview lists.</summary>
    [Fact]
    public void FindKnowsEveryListedVerbAndNoOther()
    {
        Assert.All(CliApp.Verbs, v => Assert.Equal(v.Name, CliApp.Find(v.Name)?.Name));
        Assert.Null(CliApp.Find("lints"));
        Assert.Null(CliApp.Find("help"));
    }
}
