namespace CertLint.Tls.Suites;

/// <summary>YAML shape of rules/tls/ciphersuites.yaml (read through CertLintYamlContext).</summary>
public class CipherSuiteDocument
{
    public List<CipherSuiteEntry> Suites { get; set; } = [];
}

public class CipherSuiteEntry
{
    public string Iana { get; set; } = "";
    public string Code { get; set; } = "";
    public string? Mbedtls { get; set; }
    public string? Openssl { get; set; }
    public string KeyExchange { get; set; } = "";
    public string Authentication { get; set; } = "";
    public string Cipher { get; set; } = "";
    public string Mac { get; set; } = "";
    public List<string> Versions { get; set; } = [];
    public List<string> MbedtlsDefault { get; set; } = [];
}
