using YamlDotNet.Serialization;

namespace CertLint.Yaml;

/// <summary>
/// YamlDotNet's source-generated static context: the only YAML object mapping in the library, so it
/// works under Native AOT. Every type read from YAML is listed here.
/// </summary>
[YamlStaticContext]
[YamlSerializable(typeof(ProbeDocument))]
[YamlSerializable(typeof(CertLint.Rules.Rfc5280.NameAttributeSpecDocument))]
[YamlSerializable(typeof(CertLint.Rules.Rfc5280.NameAttributeSpec))]
public partial class CertLintYamlContext : StaticContext
{
    public static IDeserializer Deserializer() =>
        new StaticDeserializerBuilder(new CertLintYamlContext())
            .WithNamingConvention(YamlDotNet.Serialization.NamingConventions.UnderscoredNamingConvention.Instance)
            .Build();
}

public class ProbeDocument
{
    public string Name { get; set; } = "";
    public List<string> Items { get; set; } = [];
}
