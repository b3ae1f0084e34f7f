using CertLint.Input;
using CertLint.Rules;
using CertLint.Rules.Engine;
using CertLint.Rules.Engine.Baselines;
using CertLint.Rules.Engine.Profiles;
using CertLint.Tests.Cli;
using CertLint.X509;

namespace CertLint.Tests.Engine;

/// <summary>Lints a fixture with given rules and a profile written inline (YAML), at the fixed test clock.</summary>
internal static class EngineTestKit
{
    public static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public const string AllTestRules = "name: test\ninclude:\n  sources: [Test, CertLint, RFC 5280]\n";

    public static FileReport Lint(string fixture, IEnumerable<IRule> rules, string profileYaml = AllTestRules,
        IEnumerable<IFindingSource>? sources = null, IReadOnlyList<Certificate>? chain = null, IReadOnlyList<Certificate>? anchors = null,
        Baseline? baseline = null, DateTimeOffset? now = null) =>
        Lint(InputDecoder.DecodeFile(Fixtures.Path(fixture)), rules, profileYaml, sources, chain, anchors, baseline, now);

    public static FileReport Lint(InputResult input, IEnumerable<IRule> rules, string profileYaml = AllTestRules,
        IEnumerable<IFindingSource>? sources = null, IReadOnlyList<Certificate>? chain = null, IReadOnlyList<Certificate>? anchors = null,
        Baseline? baseline = null, DateTimeOffset? now = null)
    {
        var catalog = new RuleCatalog(rules, sources ?? []);
        var engine = new LintEngine(new LintConfiguration
        {
            Catalog = catalog,
            Profile = Resolve(catalog, profileYaml),
            Clock = new FixedClock(now ?? Now),
            ChainCertificates = chain ?? [],
            TrustAnchors = anchors ?? [],
            Baseline = baseline,
        });
        return engine.Lint(input);
    }

    public static ResolvedProfile Resolve(RuleCatalog catalog, string profileYaml)
    {
        var directory = Directory.CreateTempSubdirectory("certlint-profile-");
        try
        {
            var path = Path.Combine(directory.FullName, "profile.yaml");
            File.WriteAllText(path, profileYaml);
            return new ProfileResolver(catalog, directory.FullName).Resolve([path]);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    public static IEnumerable<ReportedFinding> FindingsOf(FileReport report, string rule) =>
        report.Certificates.SelectMany(c => c.Findings).Where(f => f.Rule == rule);
}
