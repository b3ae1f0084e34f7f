namespace CertLint.Rules.Engine.Profiles;

/// <summary>
/// Loads profiles by name (rules/profiles/NAME.yaml, embedded) or by path, follows <c>extends</c>, and checks every
/// rule ID against the catalog, so a typo is an error at its line and column instead of a rule silently not running.
/// Several profiles combine in order: later ones add rules and override severities and parameters.
/// </summary>
public sealed class ProfileResolver(RuleCatalog catalog, string workingDirectory)
{
    public const string DefaultProfile = "rfc5280";

    /// <summary>The built-in profiles' names, sorted (one per rules/profiles/NAME.yaml).</summary>
    public static IEnumerable<string> BuiltInNames() => BuiltInProfiles.Names;

    public ResolvedProfile Resolve(IReadOnlyList<string> profiles)
    {
        var state = new State();
        var names = new List<string>();
        foreach (var reference in profiles.Count == 0 ? [DefaultProfile] : profiles)
        {
            var definition = Load(reference, relativeTo: workingDirectory, mark: null);
            names.Add(definition.Name);
            Apply(definition, state, []);
        }
        return new ResolvedProfile
        {
            Names = names,
            Enabled = state.Enabled,
            Excluded = state.Excluded,
            SeverityOverrides = state.Severity,
            Parameters = state.Parameters.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// A profile by built-in name (precompiled from rules/profiles/NAME.yaml into BuiltInProfiles.g.cs, so no YAML is
    /// read for them), or by path when the reference names an existing file or ends in .yaml/.yml.
    /// </summary>
    public static ProfileDefinition Load(string reference, string relativeTo, ProfileMark? mark)
    {
        if (!LooksLikePath(reference) && BuiltInProfiles.Find(reference) is { } builtIn)
        {
            return builtIn;
        }
        var path = Path.GetFullPath(reference, relativeTo);
        if (!File.Exists(path))
        {
            var known = string.Join(", ", BuiltInNames());
            var problem = $"no profile '{reference}': not a built-in profile ({known}) and no such file";
            throw mark is { } at ? new ProfileException(at, problem) : new ProfileException(new ProfileMark(reference, 0, 0), problem);
        }
        string text;
        try
        {
            text = CertLint.IO.BoundedReader.ReadText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ProfileException(mark ?? new ProfileMark(reference, 0, 0), Input.InputDecoder.ReadError(reference, ex).Describe());
        }
        return ProfileParser.Parse(reference, text);
    }

    private static bool LooksLikePath(string reference) =>
        reference.Contains('/') || reference.Contains('\\') || reference.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || reference.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private void Apply(ProfileDefinition profile, State state, List<string> stack)
    {
        if (stack.Contains(profile.File))
        {
            throw new ProfileException(new ProfileMark(profile.File, 1, 1), $"'extends' cycle: {string.Join(" -> ", stack.Append(profile.File))}");
        }
        stack.Add(profile.File);
        var directory = profile.File.StartsWith("rules/", StringComparison.Ordinal) ? workingDirectory : Path.GetDirectoryName(Path.GetFullPath(profile.File, workingDirectory))!;
        foreach (var parent in profile.Extends)
        {
            Apply(Load(parent.Text, directory, parent.Mark), state, stack);
        }
        stack.RemoveAt(stack.Count - 1);

        foreach (var source in profile.IncludeSources)
        {
            var rules = catalog.Descriptors.Where(d => string.Equals(d.Source, source.Text, StringComparison.OrdinalIgnoreCase)).ToList();
            state.Enable(rules.Select(d => d.Id));
        }
        foreach (var pattern in profile.IncludeRules)
        {
            state.Enable(Matching(pattern));
        }
        foreach (var pattern in profile.Exclude)
        {
            foreach (var id in Matching(pattern))
            {
                state.Enabled.Remove(id);
                state.Excluded.Add(id);
            }
        }
        foreach (var (rule, severity) in profile.Severity)
        {
            foreach (var id in Matching(rule))
            {
                state.Severity[id] = severity;
            }
        }
        foreach (var (rule, values) in profile.Parameters)
        {
            foreach (var id in Matching(rule))
            {
                if (!state.Parameters.TryGetValue(id, out var merged))
                {
                    state.Parameters[id] = merged = new Dictionary<string, string>(StringComparer.Ordinal);
                }
                foreach (var (name, value) in values)
                {
                    merged[name] = value;
                }
            }
        }
    }

    /// <summary>IDs an entry names; an exact ID must exist (patterns may match nothing, e.g. a pack not built in).</summary>
    private List<string> Matching(ProfileEntry entry)
    {
        var pattern = RulePattern.Parse(entry.Text);
        var ids = new List<string>();
        foreach (var descriptor in catalog.Descriptors)
        {
            if (pattern.Matches(descriptor.Id))
            {
                ids.Add(descriptor.Id);
            }
        }
        if (ids.Count == 0 && !RulePattern.IsPattern(entry.Text))
        {
            var hint = catalog.Find(entry.Text) is { } near ? $" (did you mean '{near.Id}'?)" : "";
            throw new ProfileException(entry.Mark, $"unknown rule '{entry.Text}'{hint}");
        }
        return ids;
    }

    private sealed class State
    {
        public HashSet<string> Enabled { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Excluded { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Severity> Severity { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Dictionary<string, string>> Parameters { get; } = new(StringComparer.Ordinal);

        public void Enable(IEnumerable<string> ids)
        {
            foreach (var id in ids)
            {
                Enabled.Add(id);
                Excluded.Remove(id);
            }
        }
    }
}
