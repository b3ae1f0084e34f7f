namespace CertLint.Rules.Rfc5280;

/// <summary>The RFC 5280 rule pack: one rule per file in this folder, listed here.</summary>
public static class Rfc5280Pack
{
    public static IReadOnlyList<IRule> Rules { get; } =
    [
        new SerialNumberPositive(),
    ];
}
