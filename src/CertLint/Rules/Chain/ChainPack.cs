namespace CertLint.Rules.Chain;

/// <summary>Chain rules: run with the issuer (RuleContext.Issuer) and the stored chain (RuleContext.Chain). Sorted by class name (src/CertLint/Rules/new-rule.sh keeps it so).</summary>
public static class ChainPack
{
    public static IReadOnlyList<IRule> Rules { get; } =
    [
        new ChainAkiSkiMismatch(),
        new ChainDuplicateCertificate(),
        new ChainIssuerMissing(),
        new ChainIssuerMissingKeyCertSign(),
        new ChainIssuerNameEncodingDiffers(),
        new ChainIssuerNameMismatch(),
        new ChainIssuerNotCa(),
        new ChainIssuerValidityNotCovering(),
        new ChainOutOfOrder(),
        new ChainPathLengthExceeded(),
        new ChainSignatureAlgorithmKeyMismatch(),
        new ChainSignatureInvalid(),
    ];
}
