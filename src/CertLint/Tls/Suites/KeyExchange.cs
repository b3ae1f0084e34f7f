namespace CertLint.Tls.Suites;

/// <summary>How a ciphersuite agrees on keys and authenticates the server; decides what certificate it needs.</summary>
public enum KeyExchange
{
    Rsa,
    DheRsa,
    DheDss,
    EcdheRsa,
    EcdheEcdsa,
    EcdhRsa,
    EcdhEcdsa,
    Psk,
    RsaPsk,
    DhePsk,
    EcdhePsk,
    EcJpake,
    /// <summary>TLS 1.3: the suite says nothing about certificates; signature_algorithms does.</summary>
    Tls13,
}

public static class KeyExchanges
{
    private static readonly Dictionary<string, KeyExchange> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RSA"] = KeyExchange.Rsa,
        ["DHE_RSA"] = KeyExchange.DheRsa,
        ["DHE_DSS"] = KeyExchange.DheDss,
        ["ECDHE_RSA"] = KeyExchange.EcdheRsa,
        ["ECDHE_ECDSA"] = KeyExchange.EcdheEcdsa,
        ["ECDH_RSA"] = KeyExchange.EcdhRsa,
        ["ECDH_ECDSA"] = KeyExchange.EcdhEcdsa,
        ["PSK"] = KeyExchange.Psk,
        ["RSA_PSK"] = KeyExchange.RsaPsk,
        ["DHE_PSK"] = KeyExchange.DhePsk,
        ["ECDHE_PSK"] = KeyExchange.EcdhePsk,
        ["ECJPAKE"] = KeyExchange.EcJpake,
        ["TLS13"] = KeyExchange.Tls13,
    };

    public static KeyExchange Parse(string name) =>
        ByName.TryGetValue(name, out var kx) ? kx : throw new FormatException($"unknown key exchange '{name}'");

    public static string Name(this KeyExchange kx) => ByName.First(p => p.Value == kx).Key;

    /// <summary>False for PSK-only and EC J-PAKE suites: the server presents no certificate at all.</summary>
    public static bool UsesCertificate(this KeyExchange kx) =>
        kx is not (KeyExchange.Psk or KeyExchange.DhePsk or KeyExchange.EcdhePsk or KeyExchange.EcJpake);
}
