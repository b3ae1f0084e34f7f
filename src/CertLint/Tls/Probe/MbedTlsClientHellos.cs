using CertLint.Data;
using CertLint.Targets.MbedTls;
using CertLint.Tls.Stacks;
using CertLint.Tls.Suites;
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
        var suites = SuiteList(build, entry)
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
            Groups = entry.Groups.Where(g => GroupCompiledIn(build, entry, g)).Select(g => NamedGroups.Find(g).Code).ToList(),
            SigAlgs = entry.SigAlgs.Select(NamedGroups.ParseHex).ToList(),
            Extensions = extensions,
            Sni = sni,
        };
    }

    /// <summary>MBEDTLS_SSL_CIPHERSUITES when the configuration sets it, else the release's list; then only the suites
    /// the build compiles in (key exchange and cipher options) and the client would send (no PSK, no EC J-PAKE).</summary>
    private static IEnumerable<int> SuiteList(MbedTlsConfig build, MbedTlsClientHelloEntry entry)
    {
        var custom = build.ValueOf("MBEDTLS_SSL_CIPHERSUITES");
        var codes = custom is null ? entry.Suites.Select(NamedGroups.ParseHex).ToList() : ParseSuiteList(custom);
        bool Known(string option) => build.Target.Facts.ConfigOptions.Any(o => o.Name == option);
        bool Off(string option) => Known(option) && !build.IsDefined(option);
        foreach (var code in codes)
        {
            var suite = build.Target.Facts.Ciphersuites.FirstOrDefault(s => NamedGroups.ParseHex(s.Id) == code);
            if (suite is null)
            {
                yield return code;
                continue;
            }
            if (suite.Kx == "ECJPAKE" || (entry.PskNeedsPsk && suite.Kx.Contains("PSK", StringComparison.Ordinal)))
            {
                continue;
            }
            if (entry.KxOption.Length > 0 && Off(entry.KxOption.Replace("{kx}", suite.Kx, StringComparison.Ordinal)))
            {
                continue;
            }
            var tokens = suite.Name.Split('-');
            if (entry.CipherOptions.Any(c => tokens.Contains(c.Token) && Off(c.Option)))
            {
                continue;
            }
            yield return code;
        }
    }

    /// <summary>"MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8, MBEDTLS_TLS1_3_AES_128_GCM_SHA256" (or codes) as suite codes.</summary>
    internal static List<int> ParseSuiteList(string value)
    {
        var codes = new List<int>();
        foreach (var item in value.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var name = item.StartsWith("MBEDTLS_", StringComparison.Ordinal) ? item["MBEDTLS_".Length..] : item;
            if (CipherSuiteRegistry.Default.TryFind(name, out var suite) || CipherSuiteRegistry.Default.TryFind(name.Replace('_', '-'), out suite))
            {
                codes.Add(suite.Code);
                continue;
            }
            throw new MbedTlsConfigException($"MBEDTLS_SSL_CIPHERSUITES: '{item}' is not a ciphersuite CertLint knows");
        }
        if (codes.Count == 0)
        {
            throw new MbedTlsConfigException("MBEDTLS_SSL_CIPHERSUITES is defined without any ciphersuite");
        }
        return codes;
    }

    /// <summary>A group is offered when the build has its curve (the target file's requires) and its group_options.</summary>
    private static bool GroupCompiledIn(MbedTlsConfig build, MbedTlsClientHelloEntry entry, string group)
    {
        var curve = build.Target.Facts.Curves.FirstOrDefault(c => c.Name == group);
        if (curve is not null && !build.AllDefined(curve.Requires))
        {
            return false;
        }
        var extra = entry.GroupOptions.FirstOrDefault(g => g.Group == group);
        return extra is null || extra.Options.All(o => build.IsDefined(o) || !build.Target.Facts.ConfigOptions.Any(c => c.Name == o));
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
    public bool PskNeedsPsk { get; set; }
    public string KxOption { get; set; } = "";
    public List<MbedTlsClientHelloCipherOption> CipherOptions { get; set; } = [];
    public List<MbedTlsClientHelloGroupOption> GroupOptions { get; set; } = [];
}

public class MbedTlsClientHelloCipherOption
{
    public string Token { get; set; } = "";
    public string Option { get; set; } = "";
}

public class MbedTlsClientHelloGroupOption
{
    public string Group { get; set; } = "";
    public List<string> Options { get; set; } = [];
}

public class MbedTlsClientHelloExtension
{
    public string Name { get; set; } = "";
    public string Option { get; set; } = "";
    public string When { get; set; } = "";
    public int Value { get; set; }
}
