using YamlDotNet.Serialization;

namespace CertLint.Yaml;

/// <summary>
/// YamlDotNet's source-generated static context: the only YAML object mapping in the library, so it
/// works under Native AOT. Every type read from YAML is listed here.
/// </summary>
[YamlStaticContext]
[YamlSerializable(typeof(CertLint.Tls.Suites.CipherSuiteDocument))]
[YamlSerializable(typeof(CertLint.Tls.Suites.CipherSuiteEntry))]
[YamlSerializable(typeof(CertLint.Tls.Stacks.GroupDocument))]
[YamlSerializable(typeof(CertLint.Tls.Stacks.GroupEntry))]
[YamlSerializable(typeof(CertLint.Tls.Stacks.SignatureSchemeDocument))]
[YamlSerializable(typeof(CertLint.Tls.Stacks.SignatureSchemeEntry))]
[YamlSerializable(typeof(CertLint.Tls.Stacks.StackDocument))]
[YamlSerializable(typeof(CertLint.Tls.Stacks.StackEntry))]
[YamlSerializable(typeof(CertLint.Tls.Probe.MbedTlsClientHelloDocument))]
[YamlSerializable(typeof(CertLint.Tls.Probe.MbedTlsClientHelloEntry))]
[YamlSerializable(typeof(CertLint.Tls.Probe.MbedTlsClientHelloExtension))]
[YamlSerializable(typeof(CertLint.Tls.Probe.MbedTlsClientHelloCipherOption))]
[YamlSerializable(typeof(CertLint.Tls.Probe.MbedTlsClientHelloGroupOption))]
[YamlSerializable(typeof(CertLint.Tls.Material.SignatureDocument))]
[YamlSerializable(typeof(CertLint.Tls.Material.SignatureEntry))]
[YamlSerializable(typeof(CertLint.Rules.Rfc5280.NameAttributeSpecDocument))]
[YamlSerializable(typeof(CertLint.Rules.Rfc5280.NameAttributeSpec))]
[YamlSerializable(typeof(CertLint.Targets.MbedTls.MbedTlsTargetFile))]
[YamlSerializable(typeof(CertLint.Targets.MbedTls.MbedTlsBehaviour))]
[YamlSerializable(typeof(CertLint.Targets.MbedTls.MbedTlsRemovedOption))]
[YamlSerializable(typeof(CertLint.Targets.MbedTls.MbedTlsSigAlgEntry))]
[YamlSerializable(typeof(CertLint.Targets.MbedTls.MbedTlsDigestEntry))]
[YamlSerializable(typeof(CertLint.Targets.MbedTls.MbedTlsPkAlgEntry))]
[YamlSerializable(typeof(CertLint.Targets.MbedTls.MbedTlsExtensionEntry))]
[YamlSerializable(typeof(CertLint.Targets.MbedTls.MbedTlsCurveEntry))]
[YamlSerializable(typeof(CertLint.Targets.MbedTls.MbedTlsProfileEntry))]
[YamlSerializable(typeof(CertLint.Targets.MbedTls.MbedTlsSuiteEntry))]
[YamlSerializable(typeof(CertLint.Targets.MbedTls.MbedTlsOptionEntry))]
public partial class CertLintYamlContext : StaticContext
{
    public static IDeserializer Deserializer() =>
        new StaticDeserializerBuilder(new CertLintYamlContext())
            .WithNamingConvention(YamlDotNet.Serialization.NamingConventions.UnderscoredNamingConvention.Instance)
            .Build();
}
