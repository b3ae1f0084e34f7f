using CertLint.Data;
using CertLint.Yaml;

namespace CertLint.Tests;

public class YamlProbeTests
{
    [Fact]
    public void StaticContextReadsEmbeddedYaml()
    {
        var doc = CertLintYamlContext.Deserializer().Deserialize<ProbeDocument>(EmbeddedData.ReadText("example.yaml"));
        Assert.Equal("example", doc.Name);
        Assert.Equal(["a", "b"], doc.Items);
    }
}
