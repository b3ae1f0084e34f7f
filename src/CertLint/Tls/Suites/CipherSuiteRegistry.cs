using System.Globalization;
using CertLint.Data;
using CertLint.Yaml;

namespace CertLint.Tls.Suites;

/// <summary>
/// Every ciphersuite CertLint knows, found by IANA, Mbed TLS (with or without MBEDTLS_, dashes or underscores) or
/// OpenSSL name, or by code ("0xC0AE", "C0AE", "49326"), case-insensitively.
/// </summary>
public sealed class CipherSuiteRegistry
{
    private static readonly Lazy<CipherSuiteRegistry> Embedded = new(() => Parse(EmbeddedData.ReadText("tls/ciphersuites.yaml")));

    private readonly Dictionary<string, CipherSuite> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<int, CipherSuite> _byCode = [];

    public IReadOnlyList<CipherSuite> All { get; }

    private CipherSuiteRegistry(IReadOnlyList<CipherSuite> suites)
    {
        All = suites;
        foreach (var suite in suites)
        {
            if (!_byCode.TryAdd(suite.Code, suite))
                throw new InvalidDataException($"ciphersuite code {suite.CodeHex} is listed twice");
            foreach (var name in new[] { suite.IanaName, suite.MbedTlsName, suite.OpenSslName })
            {
                if (name is null) continue;
                var key = Normalize(name);
                if (_byName.TryGetValue(key, out var other) && other != suite)
                    throw new InvalidDataException($"ciphersuite name '{name}' names both {other.IanaName} and {suite.IanaName}");
                _byName[key] = suite;
            }
        }
    }

    public static CipherSuiteRegistry Default => Embedded.Value;

    public static CipherSuiteRegistry Parse(string yaml)
    {
        var doc = CertLintYamlContext.Deserializer().Deserialize<CipherSuiteDocument>(yaml);
        return new CipherSuiteRegistry(doc.Suites.Select(ToSuite).ToList());
    }

    public bool TryFind(string nameOrCode, out CipherSuite suite)
    {
        suite = null!;
        var text = nameOrCode.Trim();
        if (TryParseCode(text, out var code))
            return _byCode.TryGetValue(code, out suite!);
        return _byName.TryGetValue(Normalize(text), out suite!);
    }

    /// <summary>Looks up one suite or explains, with near names, why it is unknown.</summary>
    public CipherSuite Find(string nameOrCode)
    {
        if (TryFind(nameOrCode, out var suite)) return suite;
        var key = Normalize(nameOrCode);
        var near = _byName.Keys.Where(k => k.Contains(key, StringComparison.Ordinal) || key.Contains(k, StringComparison.Ordinal))
            .Select(k => _byName[k].IanaName).Distinct().Take(3).ToList();
        var hint = near.Count > 0 ? $"; did you mean {string.Join(", ", near)}?" : "; give an IANA, Mbed TLS or OpenSSL name, or a code like 0xC0AE";
        throw new UnknownCipherSuiteException($"unknown ciphersuite '{nameOrCode}'{hint}");
    }

    private static bool TryParseCode(string text, out int code)
    {
        code = 0;
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            return int.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out code) && code is >= 0 and <= 0xFFFF;
        // A bare 4-digit hex code as the IANA table prints it; decimal would be ambiguous with it.
        return text.Length == 4 && int.TryParse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out code);
    }

    // The three naming schemes differ only in case, separators and Mbed TLS's macro prefix.
    private static string Normalize(string name)
    {
        var upper = name.Trim().ToUpperInvariant().Replace('-', '_');
        return upper.StartsWith("MBEDTLS_", StringComparison.Ordinal) ? upper["MBEDTLS_".Length..] : upper;
    }

    private static CipherSuite ToSuite(CipherSuiteEntry e)
    {
        if (!TryParseCode(e.Code, out var code))
            throw new InvalidDataException($"ciphersuite {e.Iana}: bad code '{e.Code}'");
        return new CipherSuite(e.Iana, code, e.Mbedtls, e.Openssl, KeyExchanges.Parse(e.KeyExchange), e.Authentication,
            e.Cipher, e.Mac, e.Versions, e.MbedtlsDefault);
    }
}

public sealed class UnknownCipherSuiteException(string message) : Exception(message);
