using CertLint.Rules.Chain;

namespace CertLint.Rules.Rfc5280;

/// <summary>The CRL rules (RFC 5280 section 5 and the CRL's issuer): one rule per file, listed here sorted by class name.</summary>
public static class CrlPack
{
    public static IReadOnlyList<ICrlRule> Rules { get; } =
    [
        new ChainCrlIssuerMissingCrlSign(),
        new ChainCrlSignatureInvalid(),
        new CrlAkiCritical(),
        new CrlAkiMissing(),
        new CrlDeltaBaseNotBelowNumber(),
        new CrlDeltaNotCritical(),
        new CrlEntryCertificateIssuerNotCritical(),
        new CrlEntryCertificateIssuerWithoutIndirect(),
        new CrlEntryExtUnknownCritical(),
        new CrlEntryInvalidityDateEncoding(),
        new CrlEntryReasonCritical(),
        new CrlEntryReasonInvalid(),
        new CrlEntryReasonUnspecified(),
        new CrlEntryRevocationDateAfterThisUpdate(),
        new CrlEntrySerialDuplicate(),
        new CrlEntrySerialPositive(),
        new CrlEntrySerialTooLong(),
        new CrlExtMalformed(),
        new CrlExtUnknownCritical(),
        new CrlIdpEmpty(),
        new CrlIdpNotCritical(),
        new CrlIdpOnlyAttributeCerts(),
        new CrlIdpOnlyContainsConflict(),
        new CrlIdpOnlySomeReasonsEmpty(),
        new CrlIssuerEmpty(),
        new CrlNextUpdateMissing(),
        new CrlNumberCritical(),
        new CrlNumberMissing(),
        new CrlNumberNegative(),
        new CrlNumberTooLong(),
        new CrlRevokedEmptyList(),
        new CrlSignatureAlgorithmMismatch(),
        new CrlSignatureRsaParamsNotNull(),
        new CrlTimeEncoding(),
        new CrlTimeNextUpdateBeforeThisUpdate(),
        new CrlVersionInvalid(),
        new CrlVersionV2Required(),
    ];
}
