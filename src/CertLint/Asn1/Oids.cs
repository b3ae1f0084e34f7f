namespace CertLint.Asn1;

/// <summary>Object identifiers the decoder and rules refer to by name, and short names for display.</summary>
public static class Oids
{
    // Extensions (RFC 5280 4.2 and friends)
    public const string SubjectDirectoryAttributes = "2.5.29.9";
    public const string SubjectKeyIdentifier = "2.5.29.14";
    public const string KeyUsage = "2.5.29.15";
    public const string PrivateKeyUsagePeriod = "2.5.29.16";
    public const string SubjectAltName = "2.5.29.17";
    public const string IssuerAltName = "2.5.29.18";
    public const string BasicConstraints = "2.5.29.19";
    public const string NameConstraints = "2.5.29.30";
    public const string CrlDistributionPoints = "2.5.29.31";
    public const string CertificatePolicies = "2.5.29.32";
    public const string AnyPolicy = "2.5.29.32.0";
    public const string PolicyMappings = "2.5.29.33";
    public const string AuthorityKeyIdentifier = "2.5.29.35";
    public const string PolicyConstraints = "2.5.29.36";
    public const string ExtKeyUsage = "2.5.29.37";
    public const string FreshestCrl = "2.5.29.46";
    public const string InhibitAnyPolicy = "2.5.29.54";
    // CRL and CRL entry extensions (RFC 5280 5.2, 5.3)
    public const string CrlNumber = "2.5.29.20";
    public const string CrlReason = "2.5.29.21";
    public const string HoldInstructionCode = "2.5.29.23";
    public const string InvalidityDate = "2.5.29.24";
    public const string DeltaCrlIndicator = "2.5.29.27";
    public const string IssuingDistributionPoint = "2.5.29.28";
    public const string CertificateIssuer = "2.5.29.29";
    public const string AuthorityInfoAccess = "1.3.6.1.5.5.7.1.1";
    public const string SubjectInfoAccess = "1.3.6.1.5.5.7.1.11";
    public const string TlsFeature = "1.3.6.1.5.5.7.1.24";
    public const string NetscapeCertType = "2.16.840.1.113730.1.1";
    public const string NetscapeComment = "2.16.840.1.113730.1.13";
    public const string CtPrecertificateScts = "1.3.6.1.4.1.11129.2.4.2";
    public const string CtPoison = "1.3.6.1.4.1.11129.2.4.3";

    // Extended key usages
    public const string AnyExtendedKeyUsage = "2.5.29.37.0";
    public const string ServerAuth = "1.3.6.1.5.5.7.3.1";
    public const string ClientAuth = "1.3.6.1.5.5.7.3.2";
    public const string CodeSigning = "1.3.6.1.5.5.7.3.3";
    public const string EmailProtection = "1.3.6.1.5.5.7.3.4";
    public const string TimeStamping = "1.3.6.1.5.5.7.3.8";
    public const string OcspSigning = "1.3.6.1.5.5.7.3.9";

    // Policy qualifiers, access methods
    public const string QualifierCps = "1.3.6.1.5.5.7.2.1";
    public const string QualifierUserNotice = "1.3.6.1.5.5.7.2.2";
    public const string AccessOcsp = "1.3.6.1.5.5.7.48.1";
    public const string AccessCaIssuers = "1.3.6.1.5.5.7.48.2";

    // Public key algorithms and curves
    public const string RsaEncryption = "1.2.840.113549.1.1.1";
    public const string RsaPss = "1.2.840.113549.1.1.10";
    public const string EcPublicKey = "1.2.840.10045.2.1";
    public const string Dsa = "1.2.840.10040.4.1";
    public const string X25519 = "1.3.101.110";
    public const string X448 = "1.3.101.111";
    public const string Ed25519 = "1.3.101.112";
    public const string Ed448 = "1.3.101.113";
    public const string Secp256r1 = "1.2.840.10045.3.1.7";
    public const string Secp384r1 = "1.3.132.0.34";
    public const string Secp521r1 = "1.3.132.0.35";

    // Signature algorithms
    public const string Md2WithRsa = "1.2.840.113549.1.1.2";
    public const string Md5WithRsa = "1.2.840.113549.1.1.4";
    public const string Sha1WithRsa = "1.2.840.113549.1.1.5";
    public const string Sha224WithRsa = "1.2.840.113549.1.1.14";
    public const string Sha256WithRsa = "1.2.840.113549.1.1.11";
    public const string Sha384WithRsa = "1.2.840.113549.1.1.12";
    public const string Sha512WithRsa = "1.2.840.113549.1.1.13";
    public const string EcdsaWithSha1 = "1.2.840.10045.4.1";
    public const string EcdsaWithSha224 = "1.2.840.10045.4.3.1";
    public const string EcdsaWithSha256 = "1.2.840.10045.4.3.2";
    public const string EcdsaWithSha384 = "1.2.840.10045.4.3.3";
    public const string EcdsaWithSha512 = "1.2.840.10045.4.3.4";
    public const string DsaWithSha1 = "1.2.840.10040.4.3";

    // PKCS#7 / CMS
    public const string Pkcs7Data = "1.2.840.113549.1.7.1";
    public const string Pkcs7SignedData = "1.2.840.113549.1.7.2";

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [SubjectDirectoryAttributes] = "subjectDirectoryAttributes",
        [SubjectKeyIdentifier] = "subjectKeyIdentifier",
        [KeyUsage] = "keyUsage",
        [PrivateKeyUsagePeriod] = "privateKeyUsagePeriod",
        [SubjectAltName] = "subjectAltName",
        [IssuerAltName] = "issuerAltName",
        [BasicConstraints] = "basicConstraints",
        [NameConstraints] = "nameConstraints",
        [CrlDistributionPoints] = "cRLDistributionPoints",
        [CertificatePolicies] = "certificatePolicies",
        [AnyPolicy] = "anyPolicy",
        [PolicyMappings] = "policyMappings",
        [AuthorityKeyIdentifier] = "authorityKeyIdentifier",
        [PolicyConstraints] = "policyConstraints",
        [ExtKeyUsage] = "extKeyUsage",
        [FreshestCrl] = "freshestCRL",
        [InhibitAnyPolicy] = "inhibitAnyPolicy",
        [CrlNumber] = "cRLNumber",
        [CrlReason] = "reasonCode",
        [HoldInstructionCode] = "holdInstructionCode",
        [InvalidityDate] = "invalidityDate",
        [DeltaCrlIndicator] = "deltaCRLIndicator",
        [IssuingDistributionPoint] = "issuingDistributionPoint",
        [CertificateIssuer] = "certificateIssuer",
        [AuthorityInfoAccess] = "authorityInfoAccess",
        [SubjectInfoAccess] = "subjectInfoAccess",
        [TlsFeature] = "tlsFeature",
        [NetscapeCertType] = "nsCertType",
        [NetscapeComment] = "nsComment",
        [CtPrecertificateScts] = "ctPrecertificateSCTs",
        [CtPoison] = "ctPoison",
        [AnyExtendedKeyUsage] = "anyExtendedKeyUsage",
        [ServerAuth] = "serverAuth",
        [ClientAuth] = "clientAuth",
        [CodeSigning] = "codeSigning",
        [EmailProtection] = "emailProtection",
        [TimeStamping] = "timeStamping",
        [OcspSigning] = "OCSPSigning",
        [QualifierCps] = "cps",
        [QualifierUserNotice] = "userNotice",
        [AccessOcsp] = "ocsp",
        [AccessCaIssuers] = "caIssuers",
        [RsaEncryption] = "rsaEncryption",
        [RsaPss] = "rsassaPss",
        [EcPublicKey] = "ecPublicKey",
        [Dsa] = "dsa",
        [X25519] = "X25519",
        [X448] = "X448",
        [Ed25519] = "Ed25519",
        [Ed448] = "Ed448",
        [Md2WithRsa] = "md2WithRSAEncryption",
        ["1.2.840.113549.1.1.3"] = "md4WithRSAEncryption",
        [Md5WithRsa] = "md5WithRSAEncryption",
        [Sha1WithRsa] = "sha1WithRSAEncryption",
        [Sha224WithRsa] = "sha224WithRSAEncryption",
        [Sha256WithRsa] = "sha256WithRSAEncryption",
        [Sha384WithRsa] = "sha384WithRSAEncryption",
        [Sha512WithRsa] = "sha512WithRSAEncryption",
        [EcdsaWithSha1] = "ecdsa-with-SHA1",
        [EcdsaWithSha224] = "ecdsa-with-SHA224",
        [EcdsaWithSha256] = "ecdsa-with-SHA256",
        [EcdsaWithSha384] = "ecdsa-with-SHA384",
        [EcdsaWithSha512] = "ecdsa-with-SHA512",
        [DsaWithSha1] = "dsa-with-SHA1",
        ["2.16.840.1.101.3.4.3.2"] = "dsa-with-SHA256",
        ["2.16.840.1.101.3.4.3.10"] = "ecdsa-with-SHA3-256",
        ["2.16.840.1.101.3.4.3.14"] = "id-rsassa-pkcs1-v1_5-with-sha3-256",
        [Secp256r1] = "secp256r1",
        [Secp384r1] = "secp384r1",
        [Secp521r1] = "secp521r1",
        ["1.2.840.10045.3.1.1"] = "secp192r1",
        ["1.3.132.0.33"] = "secp224r1",
        ["1.3.132.0.10"] = "secp256k1",
        ["1.3.132.0.31"] = "secp192k1",
        ["1.3.132.0.32"] = "secp224k1",
        ["1.3.36.3.3.2.8.1.1.7"] = "brainpoolP256r1",
        ["1.3.36.3.3.2.8.1.1.11"] = "brainpoolP384r1",
        ["1.3.36.3.3.2.8.1.1.13"] = "brainpoolP512r1",
        [Pkcs7Data] = "pkcs7-data",
        [Pkcs7SignedData] = "pkcs7-signedData",
        // Attribute types (RFC 5280 4.1.2.4, RFC 4519)
        ["2.5.4.3"] = "CN",
        ["2.5.4.4"] = "SN",
        ["2.5.4.5"] = "serialNumber",
        ["2.5.4.6"] = "C",
        ["2.5.4.7"] = "L",
        ["2.5.4.8"] = "ST",
        ["2.5.4.9"] = "street",
        ["2.5.4.10"] = "O",
        ["2.5.4.11"] = "OU",
        ["2.5.4.12"] = "title",
        ["2.5.4.17"] = "postalCode",
        ["2.5.4.42"] = "GN",
        ["2.5.4.43"] = "initials",
        ["2.5.4.44"] = "generationQualifier",
        ["2.5.4.46"] = "dnQualifier",
        ["2.5.4.65"] = "pseudonym",
        ["2.5.4.97"] = "organizationIdentifier",
        ["0.9.2342.19200300.100.1.25"] = "DC",
        ["0.9.2342.19200300.100.1.1"] = "UID",
        ["1.2.840.113549.1.9.1"] = "emailAddress",
    };

    /// <summary>The short name, or the dotted OID itself when unknown.</summary>
    public static string Name(string oid) => Names.TryGetValue(oid, out var name) ? name : oid;

    public static bool IsKnown(string oid) => Names.ContainsKey(oid);
}
