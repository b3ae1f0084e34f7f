using CertLint.Data;
using CertLint.Targets.MbedTls;
using CertLint.Tls.Stacks;
using CertLint.Yaml;

namespace CertLint.Tls.Probe;

/// <summary>
/// rules/tls/mbedtls-clienthello.yaml: the ClientHello each Mbed TLS release sends by default, turned into an
/// offer for one build (the release's default configuration, or a config header applied to it).
/// </summary>
public static class MbedTlsClientHellos
{
    private static readonly Lazy<IReadOnlyList<MbedTlsClientHelloEntry>> Entries = new(() =>
        CertLintYamlContext.Deserializer().Deserialize<MbedTlsClientHelloDocument>(EmbeddedData.ReadText("tls/mbedtls-clienthello.yaml")).Releases);

    public static IReadOnlyList<string> Names => Entries.Value.Select(e => e.Name).ToList();

    /// <summary>The offer of <paramref name="build"/> (a release's default or user configuration), with server_name
    /// carrying <paramref name="sni"/> when the application sets a hostname (null: it does not).</summary>
    public static ClientHelloOffer Offer(MbedTlsConfig build, string? sni)
    {
        var entry = Entries.Value.FirstOrDefault(e => e.Name == build.Target.Name)
            ?? throw new MbedTlsConfigException($"no ClientHello facts for {build.Target.Name}; known: {string.Join(", ", Names)}");
        bool On(string option) => option.Length == 0 || build.IsDefined(option);
        var versions = entry.Versions.Where(v => v switch
        {
            "1.3" => entry.Tls13Option.Length > 0 && On(entry.Tls13Option),
            _ => On("MBEDTLS_SSL_PROTO_TLS1_2"),
        }).ToList();
        if (versions.Count == 0)
        {
            throw new MbedTlsConfigException($"{build.Target.Name}: the configuration enables neither TLS 1.2 nor TLS 1.3");
        }

        var tls12 = versions.Contains("1.2");
        var tls13 = versions.Contains("1.3");
        var suites = entry.Suites.Select(NamedGroups.ParseHex)
            .Where(code => ProbeSuites.IsTls13(code) ? tls13 : tls12).ToList();
        var usesEc = tls12 && suites.Any(ProbeSuites.UsesEc);
        var extensions = new List<ProbeExtension>();
        foreach (var e in entry.Extensions)
        {
            var wanted = e.When switch
            {
                "tls12" => tls12,
                "tls13" => tls13,
                "ec" => usesEc,
                _ => true,
            };
            if (!wanted || !On(e.Option))
            {
                continue;
            }

            if (e.Name == "server_name" && sni is null)
            {
                continue;
            }

            extensions.Add(ProbeExtension.Named(e.Name, e.Value == 0 ? null : e.Value));
        }
        return new ClientHelloOffer
        {
            Versions = versions,
            Suites = [.. suites, .. entry.Scsv.Select(NamedGroups.ParseHex)],
            Groups = entry.Groups.Select(g => NamedGroups.Find(g).Code).ToList(),
            SigAlgs = entry.SigAlgs.Select(NamedGroups.ParseHex).ToList(),
            Extensions = extensions,
            Sni = sni,
        };
    }
}

public class MbedTlsClientHelloDocument
{
    public List<MbedTlsClientHelloEntry> Releases { get; set; } = [];
}

public class MbedTlsClientHelloEntry
{
    public string Name { get; set; } = "";
    public string Release { get; set; } = "";
    public List<string> Versions { get; set; } = [];
    public string Tls13Option { get; set; } = "";
    public List<string> Scsv { get; set; } = [];
    public List<string> Suites { get; set; } = [];
    public List<string> Groups { get; set; } = [];
    public List<string> SigAlgs { get; set; } = [];
    public List<MbedTlsClientHelloExtension> Extensions { get; set; } = [];
}

public class MbedTlsClientHelloExtension
{
    public string Name { get; set; } = "";
    public string Option { get; set; } = "";
    public string When { get; set; } = "";
    public int Value { get; set; }
}
