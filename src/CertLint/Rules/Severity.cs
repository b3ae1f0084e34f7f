namespace CertLint.Rules;

/// <summary>How bad a finding is, from worst to mildest. The order matters: --fail-on compares with it.</summary>
public enum Severity
{
    Error = 0,
    Warning = 1,
    Notice = 2,
    Info = 3,
}

public static class Severities
{
    /// <summary>Every severity, worst first (what Enum.GetValues gives, without its reflection at start-up; a test keeps them equal).</summary>
    public static IReadOnlyList<Severity> All { get; } = [Severity.Error, Severity.Warning, Severity.Notice, Severity.Info];

    public static string Name(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Notice => "notice",
        _ => "info",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning" or "warn": severity = Severity.Warning; return true;
            case "notice": severity = Severity.Notice; return true;
            case "info": severity = Severity.Info; return true;
            default: severity = Severity.Info; return false;
        }
    }

    /// <summary>True when <paramref name="severity"/> is at or above (as bad as or worse than) <paramref name="threshold"/>.</summary>
    public static bool AtOrAbove(Severity severity, Severity threshold) => severity <= threshold;
}
