namespace CertLint.Tls.Suites;

/// <summary>One registry entry of rules/tls/ciphersuites.yaml.</summary>
public sealed record CipherSuite(
    string IanaName,
    int Code,
    string? MbedTlsName,
    string? OpenSslName,
    KeyExchange KeyExchange,
    string Authentication,
    string Cipher,
    string Mac,
    IReadOnlyList<string> Versions,
    IReadOnlyList<string> MbedTlsDefaultIn)
{
    public string CodeHex => $"0x{Code:X4}";

    public bool IsTls13 => KeyExchange == KeyExchange.Tls13;
}
