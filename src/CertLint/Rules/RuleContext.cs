using CertLint.X509;
using CertLint.X509.Chains;

namespace CertLint.Rules;

/// <summary>
/// What a rule sees: the certificate, its role, its issuer and the chain when known, the profile's parameters for
/// this rule, and the clock (never DateTime.Now, so results are reproducible).
/// </summary>
public sealed class RuleContext
{
    public required Certificate Certificate { get; init; }
    public required CertificateRoles Role { get; init; }
    /// <summary>The certificate that issued this one, when the chain or --ca provides it.</summary>
    public Certificate? Issuer { get; init; }
    /// <summary>The chain as stored, leaf first when known; contains <see cref="Certificate"/>.</summary>
    public IReadOnlyList<Certificate> Chain { get; init; } = [];
    /// <summary>Position of <see cref="Certificate"/> in <see cref="Chain"/> as stored (0-based), or -1.</summary>
    public int ChainIndex { get; init; } = -1;
    public IReadOnlyList<Certificate> TrustAnchors { get; init; } = [];
    /// <summary>
    /// The input as a set of chains, built once per input by the one issuer matcher: issuers, copies, leaves, cached
    /// signature verdicts. Chain rules ask it instead of scanning <see cref="Chain"/> (which would be quadratic).
    /// Null when a rule is run on a lone certificate; then <see cref="ChainsOrSingle"/> builds one.
    /// </summary>
    public BundleChains? Chains { get; init; }

    /// <summary><see cref="Chains"/>, or chains built from <see cref="Chain"/> (or the certificate alone) and the trust anchors.</summary>
    public BundleChains ChainsOrSingle => Chains ?? (_single ??= new BundleChains(Chain.Count > 0 ? Chain : [Certificate], new IssuerMatcher(TrustAnchors)));

    private BundleChains? _single;
    public required TimeProvider Clock { get; init; }
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    public DateTimeOffset Now => Clock.GetUtcNow();

    public int IntParameter(string name, int fallback) =>
        Parameters.TryGetValue(name, out var text) && int.TryParse(text, out var value) ? value : fallback;

    public string StringParameter(string name, string fallback) =>
        Parameters.TryGetValue(name, out var text) ? text : fallback;

    public static CertificateRoles RoleOf(Certificate certificate) =>
        !certificate.IsCa ? CertificateRoles.Leaf : certificate.IsSelfIssued ? CertificateRoles.Root : CertificateRoles.Intermediate;
}
