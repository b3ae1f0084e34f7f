namespace CertLint.Targets.MbedTls;

// The shape of rules/targets/mbedtls-*.yaml. Only data lives there; every decision is code in this folder.

public sealed class MbedTlsTargetFile
{
    public string Name { get; set; } = "";
    public string Release { get; set; } = "";
    public string StrerrorTable { get; set; } = "";
    public MbedTlsBehaviour Behaviour { get; set; } = new();
    public List<MbedTlsRemovedOption> RemovedOptions { get; set; } = [];
    public List<MbedTlsSigAlgEntry> SignatureAlgorithms { get; set; } = [];
    public List<MbedTlsDigestEntry> DigestAlgorithms { get; set; } = [];
    public List<MbedTlsPkAlgEntry> PublicKeyAlgorithms { get; set; } = [];
    public List<MbedTlsExtensionEntry> RecognisedExtensions { get; set; } = [];
    public List<MbedTlsCurveEntry> Curves { get; set; } = [];
    public List<MbedTlsProfileEntry> VerifyProfiles { get; set; } = [];
    public List<string> DefaultClientGroups { get; set; } = [];
    public bool SupportsTls13 { get; set; }
    public List<MbedTlsSuiteEntry> Ciphersuites { get; set; } = [];
    public List<MbedTlsOptionEntry> ConfigOptions { get; set; } = [];
}

/// <summary>Switches for the places where the release lines' code takes different decisions.</summary>
public sealed class MbedTlsBehaviour
{
    /// <summary><c>sum</c> (MBEDTLS_ERROR_ADD adds high and low) or <c>low_else_high</c> (4.0).</summary>
    public string ErrorCombination { get; set; } = "sum";
    public bool Asn1IntSkipsLeadingZeros { get; set; }
    public int BitstringNullMinLength { get; set; } = 1;
    public bool Base64ChecksQuantum { get; set; }
    public bool KeyUsageEmptyAllowed { get; set; }
    public bool NsCertTypeEmptyAllowed { get; set; }
    public List<string> SanCheckedTypes { get; set; } = [];
    public bool ExtCallbackAvailable { get; set; }
    /// <summary>What the OID layer returns for an unknown OID (-0x002E, or -0x2100 in 4.0).</summary>
    public string UnknownOidCode { get; set; } = "-0x002E";
    public bool PssMgf1MustMatchHash { get; set; }
    /// <summary>RSASSA-PSS signatures are verified through PSA with any salt length (4.0 pk.c mbedtls_pk_verify_ext).</summary>
    public bool PssVerifyAnySalt { get; set; }
    /// <summary><c>pk_asn1</c> (2.x pkparse), <c>rsa_module</c> (3.6 rsa.c), <c>psa</c> (4.0 PSA import).</summary>
    public string RsaKeyParser { get; set; } = "pk_asn1";
    /// <summary><c>ecp</c> (ecp_point_read_binary + check_pubkey) or <c>psa</c> (PSA import, 4.0).</summary>
    public string EcKeyImport { get; set; } = "ecp";
    /// <summary><c>never</c> (2.x), <c>always</c> (3.6 ecp_point_read_binary), <c>option</c> (MBEDTLS_PK_PARSE_EC_COMPRESSED, 4.0).</summary>
    public string CompressedPoints { get; set; } = "never";
    public int RsaMaxBits { get; set; }
    /// <summary>The value of MBEDTLS_ERR_ECP_BAD_INPUT_DATA (-0x4F80; PSA_ERROR_INVALID_ARGUMENT -0x0087 in 4.0).</summary>
    public string EcpBadInputCode { get; set; } = "-0x4F80";
    /// <summary>The value of MBEDTLS_ERR_PEM_BAD_INPUT_DATA (-0x1480; -0x0087 in 4.0).</summary>
    public string PemBadInputCode { get; set; } = "-0x1480";
    public bool PickCertChecksCurve { get; set; } = true;
    /// <summary>
    /// Whether mbedtls_ecp_point_read_binary reads an uncompressed point on a group whose type is not yet known
    /// (2.16), which decides if the generator of explicit EC parameters can be read uncompressed.
    /// </summary>
    public bool SpecifiedDomainReadsUncompressedBase { get; set; }
    /// <summary>The verify profile's RSA size check sees 8 × the modulus length in bytes (2.16 pk_wrap.c rsa_get_bitlen).</summary>
    public bool RsaBitlenFromBytes { get; set; }
    public bool UsageTls13 { get; set; }
}

public sealed class MbedTlsRemovedOption
{
    public string Name { get; set; } = "";
    public string Replacement { get; set; } = "";
}

public sealed class MbedTlsSigAlgEntry
{
    public string Oid { get; set; } = "";
    public string Name { get; set; } = "";
    public string Md { get; set; } = "";
    public string Pk { get; set; } = "";
    public List<string> Requires { get; set; } = [];
}

public sealed class MbedTlsDigestEntry
{
    public string Oid { get; set; } = "";
    public string Md { get; set; } = "";
    public List<string> Requires { get; set; } = [];
}

public sealed class MbedTlsPkAlgEntry
{
    public string Oid { get; set; } = "";
    public string Name { get; set; } = "";
    public string Pk { get; set; } = "";
    public List<string> Requires { get; set; } = [];
}

public sealed class MbedTlsExtensionEntry
{
    public string Oid { get; set; } = "";
    public string Name { get; set; } = "";
}

public sealed class MbedTlsCurveEntry
{
    public string Name { get; set; } = "";
    public string Oid { get; set; } = "";
    public bool NamedCurveOid { get; set; }
    public bool AlgorithmOid { get; set; }
    public bool Montgomery { get; set; }
    public string TlsId { get; set; } = "";
    public int Bits { get; set; }
    public List<string> Requires { get; set; } = [];
}

public sealed class MbedTlsProfileEntry
{
    public string Name { get; set; } = "";
    public List<string> Mds { get; set; } = [];
    public List<string> Pks { get; set; } = [];
    public List<string> Curves { get; set; } = [];
    public int RsaMinBits { get; set; }
}

public sealed class MbedTlsSuiteEntry
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kx { get; set; } = "";
}

public sealed class MbedTlsOptionEntry
{
    public string Name { get; set; } = "";
    public bool Default { get; set; }
}
