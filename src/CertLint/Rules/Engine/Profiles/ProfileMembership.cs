namespace CertLint.Rules.Engine.Profiles;

/// <summary>Which built-in profiles enable each rule (for `rules list` and RULES.md).</summary>
public static class ProfileMembership
{
    public static Func<RuleDescriptor, IReadOnlyList<string>> Of(RuleCatalog catalog)
    {
        var resolver = new ProfileResolver(catalog, Directory.GetCurrentDirectory());
        var profiles = ProfileResolver.BuiltInNames().Select(name => (Name: name, Profile: resolver.Resolve([name]))).ToList();
        return rule => [.. profiles.Where(p => p.Profile.IsEnabled(rule.Id)).Select(p => p.Name)];
    }
}
