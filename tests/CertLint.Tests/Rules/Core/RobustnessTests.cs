using CertLint.Input;
using CertLint.Rules;

namespace CertLint.Tests.Rules.Core;

/// <summary>Every core and chain rule runs on every certificate of every fixture in the repository without throwing.</summary>
public class RobustnessTests
{
    private static readonly string[] Skipped = [".sh", ".py", ".md", ".txt", ".tsv", ".cnf", ".json", ".yaml", ".key"];

    [Fact]
    public void NoRuleThrowsOnAnyFixture()
    {
        var rules = RuleFixtures.RulesOf("rfc5280-core").Concat(CertLint.Rules.Chain.ChainPack.Rules).ToList();
        var files = Directory.EnumerateFiles(Fixtures.Path(""), "*", SearchOption.AllDirectories)
            .Where(f => !Skipped.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)).ToList();
        var linted = 0;
        foreach (var file in files)
        {
            var certificates = InputDecoder.DecodeFile(file).Certificates.Select(o => o.Certificate).OfType<CertLint.X509.Certificate>().ToList();
            for (var i = 0; i < certificates.Count; i++)
            {
                var cert = certificates[i];
                var context = new RuleContext
                {
                    Certificate = cert,
                    Role = RuleContext.RoleOf(cert),
                    Issuer = certificates.FirstOrDefault(c => c.Subject.ToString() == cert.Issuer.ToString()),
                    Chain = certificates,
                    ChainIndex = i,
                    Clock = new Cli.FixedClock(RuleTestKit.Now),
                };
                foreach (var rule in rules)
                {
                    var exception = Record.Exception(() => rule.Findings(context));
                    Assert.True(exception is null, $"{rule.Descriptor.Id} threw on {Path.GetRelativePath(Fixtures.RepoRoot, file)} certificate {i}: {exception}");
                }
                linted++;
            }
        }
        Assert.True(linted > 200, $"only {linted} certificates found under fixtures/");
    }
}
