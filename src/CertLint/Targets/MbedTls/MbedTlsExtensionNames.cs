namespace CertLint.Targets.MbedTls;

/// <summary>Readable names for extension OIDs in messages (Mbed TLS itself only names the ones it parses).</summary>
public static class MbedTlsExtensionNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["2.5.29.9"] = "subjectDirectoryAttributes", ["2.5.29.14"] = "subjectKeyIdentifier", ["2.5.29.15"] = "keyUsage",
        ["2.5.29.16"] = "privateKeyUsagePeriod", ["2.5.29.17"] = "subjectAltName", ["2.5.29.18"] = "issuerAltName",
        ["2.5.29.19"] = "basicConstraints", ["2.5.29.30"] = "nameConstraints", ["2.5.29.31"] = "cRLDistributionPoints",
        ["2.5.29.32"] = "certificatePolicies", ["2.5.29.33"] = "policyMappings", ["2.5.29.35"] = "authorityKeyIdentifier",
        ["2.5.29.36"] = "policyConstraints", ["2.5.29.37"] = "extKeyUsage", ["2.5.29.46"] = "freshestCRL",
        ["2.5.29.54"] = "inhibitAnyPolicy", ["1.3.6.1.5.5.7.1.1"] = "authorityInfoAccess",
        ["1.3.6.1.5.5.7.1.11"] = "subjectInfoAccess", ["1.3.6.1.5.5.7.1.24"] = "tlsFeature",
        ["1.3.6.1.5.5.7.1.3"] = "qcStatements", ["1.3.6.1.4.1.11129.2.4.2"] = "ctPrecertificateSCTs",
        ["1.3.6.1.4.1.11129.2.4.3"] = "ctPoison", ["2.16.840.1.113730.1.1"] = "nsCertType",
        ["2.16.840.1.113730.1.13"] = "nsComment",
    };

    public static string Name(string oid) => Names.TryGetValue(oid, out var n) ? n : "unknown extension";
}
