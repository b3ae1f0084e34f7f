using CertLint.Rules;
using CertLint.Rules.Engine;
using CertLint.Rules.Engine.Profiles;

namespace CertLint.Tests.Engine;

public class ProfileTests
{
    private static readonly RuleCatalog Catalog = new([TestRule.Always("test.a"), TestRule.Always("test.b"), TestRule.Always("other.c")], []);

    private static ProfileException Broken(string yaml) =>
        Assert.Throws<ProfileException>(() => EngineTestKit.Resolve(Catalog, yaml));

    [Fact]
    public void BuiltInProfilesLoadAgainstTheShippedRules()
    {
        var resolver = new ProfileResolver(RuleCatalog.Default, Fixtures.RepoRoot);
        Assert.Contains("rfc5280", ProfileResolver.BuiltInNames());
        Assert.Contains("iot", ProfileResolver.BuiltInNames());
        var rfc = resolver.Resolve([]);
        Assert.Equal(["rfc5280"], rfc.Names);
        Assert.True(rfc.IsEnabled("rfc5280.serial.positive"));
        Assert.True(rfc.IsEnabled("rfc5280.der.indefinite-length"));
        Assert.True(rfc.IsEnabled(EngineRules.CertificateMalformed.Id));
        var iot = resolver.Resolve(["iot"]);
        // iot is rfc5280 plus iot.*, less the one RFC 5280 notice the IoT profile contradicts (SKI in device certificates).
        const string contradicted = "rfc5280.ext.ski.missing-in-leaf";
        Assert.Superset(new HashSet<string>(rfc.Enabled.Where(id => id != contradicted)), new HashSet<string>(iot.Enabled));
        Assert.True(rfc.IsEnabled(contradicted));
        Assert.False(iot.IsEnabled(contradicted));
        Assert.All(RuleCatalog.Default.Descriptors.Where(d => d.Id.StartsWith("iot.", StringComparison.Ordinal)), d => Assert.True(iot.IsEnabled(d.Id)));
        Assert.All(RuleCatalog.Default.Descriptors.Where(d => d.Id.StartsWith("iot.", StringComparison.Ordinal)), d => Assert.False(rfc.IsEnabled(d.Id)));
    }

    [Theory]
    [InlineData("", "[", "]")]
    [InlineData("", "{a: ", "}")]
    [InlineData("\n  ", "- ", "")]
    public void DeepNestingIsASyntaxErrorNotAStackOverflow(string prefix, string open, string close)
    {
        // Found while seeding the fuzz harness (fixtures/fuzz/crashers/profile/): 50,000 nested '[' killed the process
        // with a stack overflow inside YamlDotNet's recursive node loading (and 20,000 took 9 s).
        string Nested(int depth) => "name: p\nextends: " + prefix + string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth)) + "\n";
        var error = Assert.Throws<ProfileException>(() => ProfileParser.Parse("deep.yaml", Nested(ProfileParser.MaxDepth)));
        Assert.Contains($"nested deeper than {ProfileParser.MaxDepth} levels", error.Message);
        Assert.StartsWith("deep.yaml:", error.Message);
        // One level less (with the top-level mapping, exactly MaxDepth) is read; it fails only because 'extends' wants names.
        var allowed = Assert.Throws<ProfileException>(() => ProfileParser.Parse("ok.yaml", Nested(ProfileParser.MaxDepth - 1)));
        Assert.DoesNotContain("nested deeper", allowed.Message);
    }

    [Fact]
    public void IncludeBySourceAndPatternThenExclude()
    {
        var profile = EngineTestKit.Resolve(Catalog, "name: p\ninclude:\n  rules: ['test.*']\nexclude: [test.b]\n");
        Assert.True(profile.IsEnabled("test.a"));
        Assert.False(profile.IsEnabled("test.b"));
        Assert.False(profile.IsEnabled("other.c"));
    }

    [Fact]
    public void ExtendsIsRelativeToTheProfileAndLaterSettingsWin()
    {
        using var cli = new Cli.LintCli();
        File.WriteAllText(cli.PathOf("base.yaml"), "name: base\ninclude:\n  rules: [test.a, other.c]\nseverity:\n  test.a: info\n");
        File.WriteAllText(cli.PathOf("child.yaml"), "name: child\nextends: [base.yaml]\nexclude: [other.c]\nseverity:\n  test.a: error\n");
        {
            var profile = new ProfileResolver(Catalog, cli.Directory).Resolve(["child.yaml"]);
            Assert.True(profile.IsEnabled("test.a"));
            Assert.False(profile.IsEnabled("other.c"));
            Assert.Equal(Severity.Error, profile.SeverityOf("test.a", Severity.Warning));

            var two = new ProfileResolver(Catalog, cli.Directory).Resolve(["child.yaml", "base.yaml"]);
            Assert.Equal(["child", "base"], two.Names);
            Assert.True(two.IsEnabled("other.c"));
            Assert.Equal(Severity.Info, two.SeverityOf("test.a", Severity.Warning));
        }
    }

    [Theory]
    [InlineData("name: p\ninclude:\n  rules: [test.zz]\n", 3, 11, "unknown rule 'test.zz'")]
    [InlineData("name: p\nseverity:\n  test.a: fatal\n", 3, 11, "severity 'fatal'")]
    [InlineData("name: p\nenable: [test.a]\n", 2, 1, "unknown key 'enable'")]
    [InlineData("name: p\ninclude: [test.a\n", 3, 1, "YAML syntax")]
    [InlineData("name: p\nparameters:\n  test.a: 5\n", 3, 11, "must be a mapping")]
    [InlineData("description: no name\n", 1, 1, "missing 'name'")]
    [InlineData("name: p\nextends: [nosuchprofile]\n", 2, 11, "no profile 'nosuchprofile'")]
    public void BadProfileNamesLineAndColumn(string yaml, int line, int column, string message)
    {
        var error = Broken(yaml);
        Assert.Equal((line, column), (error.Mark.Line, error.Mark.Column));
        Assert.Contains(message, error.Problem);
        Assert.EndsWith("profile.yaml", error.Mark.File);
    }

    [Fact]
    public void ExtendsCycleIsAnError()
    {
        using var cli = new Cli.LintCli();
        File.WriteAllText(cli.PathOf("a.yaml"), "name: a\nextends: [b.yaml]\n");
        File.WriteAllText(cli.PathOf("b.yaml"), "name: b\nextends: [a.yaml]\n");
        var error = Assert.Throws<ProfileException>(() => new ProfileResolver(Catalog, cli.Directory).Resolve(["a.yaml"]));
        Assert.Contains("cycle", error.Problem);
    }

    [Theory]
    [InlineData("rfc5280.*", "rfc5280.serial.positive", true)]
    [InlineData("rfc5280.*", "iot.serial", false)]
    [InlineData("*.serial.*", "rfc5280.serial.positive", true)]
    [InlineData("rfc5280.serial.positive", "rfc5280.serial.positive", true)]
    [InlineData("a*b*c", "abc", true)]
    [InlineData("a*b*c", "acb", false)]
    public void RulePatterns(string pattern, string id, bool matches) => Assert.Equal(matches, RulePattern.Matches(pattern, id));
}
