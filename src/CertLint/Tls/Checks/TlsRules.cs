using CertLint.Rules;

namespace CertLint.Tls.Checks;

/// <summary>Every TLS rule, in the order a handshake would meet them.</summary>
public static class TlsRules
{
    public static IReadOnlyList<ITlsRule> All { get; } =
    [
        new SuiteAvailableRule(),
        new KeyMatchRule(),
        new KeyTypeRule(),
        new MbedTlsParseRule(),
        new CurveRule(),
        new KeyUsageRule(),
        new ExtendedKeyUsageRule(),
        new HandshakeSignatureRule(),
        new ValidityRule(),
        new ChainCompleteRule(),
        new SignatureAlgorithmRule(),
    ];

    /// <summary>Every ID the TLS rules report, for the catalogue: each rule's own, and the unreadable-key outcome.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = [.. All.Select(r => r.Descriptor), KeyMatchRule.Unreadable];
}
