namespace CertLint.Rules.Engine;

/// <summary>
/// Finding sources whose rules are documented (`rules list`, `rules explain`, RULES.md) even though they run only when
/// a lint option adds them (e.g. --target). List each here once, in code (no reflection scan).
/// </summary>
public static class FindingSources
{
    public static IReadOnlyList<IFindingSource> Documented { get; } =
    [
        // No builds: this instance only documents the mbedtls.* IDs that `lint --target mbedtls-X` reports.
        new CertLint.Targets.MbedTls.Lint.MbedTlsFindingSource([], new CertLint.Targets.MbedTls.Lint.MbedTlsLintOptions("default", null, null, "server", null)),
    ];
}
