using CertLint.Rules;
using CertLint.Rules.Engine;
using CertLint.Targets.MbedTls.Lint;
using CertLint.Tls.Checks;

namespace CertLint.Catalogue;

/// <summary>
/// The one catalogue of every check CertLint reports, composed here from the outside so that Rules/ needs neither
/// Targets/ nor Tls/: the rule packs and decoder rules, the finding sources that lint options add (Mbed TLS,
/// `--target`), and the TLS checks of tls-check. `rules list`, `rules explain`, RULES.md and the tests read it.
/// </summary>
public static class DocumentedRules
{
    public static RuleCatalog Catalog { get; } = new(
        RuleRegistry.All,
        // No builds: this instance only documents the mbedtls.* IDs that `lint --target mbedtls-X` reports.
        [new MbedTlsFindingSource([], new MbedTlsLintOptions("default", null, null, "server", null))],
        TlsRules.Descriptors,
        RuleRegistry.Crl);
}
