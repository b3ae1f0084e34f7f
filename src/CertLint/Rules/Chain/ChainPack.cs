namespace CertLint.Rules.Chain;

/// <summary>Chain rules: run with the issuer (RuleContext.Issuer) and the stored chain (RuleContext.Chain). Sorted by file name.</summary>
public static class ChainPack
{
    public static IReadOnlyList<IRule> Rules { get; } =
    [
        new ChainAkiSkiMismatch(),
        new ChainDuplicateCertificate(),
        new ChainIssuerMissingKeyCertSign(),
        new ChainIssuerMissing(),
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
