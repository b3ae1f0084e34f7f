using CertLint.Tls.Suites;

namespace CertLint.Tls.Probe;

/// <summary>
/// The one place the probe turns suite names into codes and back. It goes through <see cref="CipherSuiteRegistry"/>;
/// swap the lookup here when a shared resolver replaces it.
/// </summary>
public static class ProbeSuites
{
    public const int EmptyRenegotiationInfoScsv = 0x00FF;

    public static int Resolve(string nameOrCode) => CipherSuiteRegistry.Default.Find(nameOrCode).Code;

    public static string Name(int code) => code switch
    {
        EmptyRenegotiationInfoScsv => "TLS_EMPTY_RENEGOTIATION_INFO_SCSV",
        0x5600 => "TLS_FALLBACK_SCSV",
        _ => CipherSuiteRegistry.Default.TryFind($"0x{code:X4}", out var suite) ? suite.IanaName : $"0x{code:X4}",
    };

    public static bool IsTls13(int code) => code >> 8 == 0x13;

    public static bool IsSignalling(int code) => code is EmptyRenegotiationInfoScsv or 0x5600;

    /// <summary>Whether a TLS 1.2 suite needs supported_groups / ec_point_formats (an EC key exchange or certificate).</summary>
    public static bool UsesEc(int code) =>
        CipherSuiteRegistry.Default.TryFind($"0x{code:X4}", out var suite)
        && suite.KeyExchange is KeyExchange.EcdheEcdsa or KeyExchange.EcdheRsa or KeyExchange.EcdhEcdsa or KeyExchange.EcdhRsa
            or KeyExchange.EcdhePsk or KeyExchange.EcJpake;
}
