namespace CertLint.Rules.Iot;

/// <summary>
/// The IoT profile pack (RFC 7925 4.4.2 as updated by draft-ietf-uta-tls13-iot-profile): one rule per file in this
/// folder, listed here. The lint profile rules/profiles/iot.yaml names these IDs.
/// </summary>
public static class IotPack
{
    public static IReadOnlyList<IRule> Rules { get; } =
    [
        new IotAiaCritical(),
        new IotAiaOcspPresent(),
        new IotAkiMissing(),
        new IotCaBasicConstraintsCritical(),
        new IotCaKeyUsage(),
        new IotCaSkiMissing(),
        new IotCaSubjectAttributes(),
        new IotCrldpCritical(),
        new IotCrldpPresent(),
        new IotIntermediateDigitalSignatureMissing(),
        new IotIntermediateEkuPresent(),
        new IotIntermediateKeyUsageMissing(),
        new IotIntermediatePathLenPresent(),
        new IotKeyEcCurve(),
        new IotLeafDigitalSignatureMissing(),
        new IotLeafEkuWithoutTlsPurpose(),
        new IotLeafKeyUsageMissing(),
        new IotLeafKeyUsageNotCritical(),
        new IotLeafSanCritical(),
        new IotLeafSkiPresent(),
        new IotLeafSubjectSerialNumberType(),
        new IotRootAkiMissing(),
        new IotRootAkiNotOwnSki(),
        new IotRootEkuPresent(),
        new IotRootKeyUsageMissing(),
        new IotRootPathLenPresent(),
        new IotSerialTooLong(),
        new IotSerialTooShort(),
        new IotSignatureEcdsaSha256OrStronger(),
        new IotValidityNoExpiryValue(),
        new IotVersionV3(),
    ];
}
