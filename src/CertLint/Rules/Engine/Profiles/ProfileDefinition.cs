namespace CertLint.Rules.Engine.Profiles;

/// <summary>A position in a profile file, for error messages (1-based line and column).</summary>
public readonly record struct ProfileMark(string File, int Line, int Column)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}

/// <summary>A rule ID or pattern as written in a profile, with where it was written.</summary>
public sealed record ProfileEntry(string Text, ProfileMark Mark);

/// <summary>
/// One profile file as written: which rules it adds (by source or ID pattern), removes, re-grades and
/// parameterises, and which profiles it builds on. <see cref="ProfileResolver"/> turns it into a <see cref="ResolvedProfile"/>.
/// </summary>
public sealed class ProfileDefinition
{
    public required string Name { get; init; }
    public required string File { get; init; }
    public string Description { get; init; } = "";
    public IReadOnlyList<ProfileEntry> Extends { get; init; } = [];
    public IReadOnlyList<ProfileEntry> IncludeSources { get; init; } = [];
    public IReadOnlyList<ProfileEntry> IncludeRules { get; init; } = [];
    public IReadOnlyList<ProfileEntry> Exclude { get; init; } = [];
    public IReadOnlyList<(ProfileEntry Rule, Severity Severity)> Severity { get; init; } = [];
    public IReadOnlyList<(ProfileEntry Rule, IReadOnlyDictionary<string, string> Values)> Parameters { get; init; } = [];
}

/// <summary>A profile that cannot be used: file, line, column and what is wrong.</summary>
public sealed class ProfileException(ProfileMark mark, string message) : Exception($"{mark}: {message}")
{
    public ProfileMark Mark { get; } = mark;
    public string Problem { get; } = message;
}
