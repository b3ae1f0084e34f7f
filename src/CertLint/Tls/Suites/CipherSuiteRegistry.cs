using System.Globalization;
using CertLint.Data;
using CertLint.Yaml;

namespace CertLint.Tls.Suites;

/// <summary>
/// Every ciphersuite CertLint knows, and THE suite-name resolver of every command (predict, lint, tls-check, probe):
/// found by IANA (TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8), Mbed TLS (TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8, with or without
/// MBEDTLS_ / MBEDTLS_SSL_ prefix) or OpenSSL (ECDHE-ECDSA-AES128-CCM8) name, or by code ("0xC0AE", "C0AE"),
/// ignoring case and separators ('-', '_', ' ', '.'). An unknown name is an <see cref="UnknownCipherSuiteException"/>
/// whose message suggests near names, never a CCM_8 suite for a CCM name or the other way round.
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
            {
                throw new InvalidDataException($"ciphersuite code {suite.CodeHex} is listed twice");
            }

            foreach (var name in new[] { suite.IanaName, suite.MbedTlsName, suite.OpenSslName })
            {
                if (name is null)
                {
                    continue;
                }

                var key = Normalize(name);
                if (_byName.TryGetValue(key, out var other) && other != suite)
                {
                    throw new InvalidDataException($"ciphersuite name '{name}' names both {other.IanaName} and {suite.IanaName}");
                }

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
        {
            return _byCode.TryGetValue(code, out suite!);
        }

        return _byName.TryGetValue(Normalize(text), out suite!);
    }

    /// <summary>Looks up one suite or explains, with near names, why it is unknown.</summary>
    public CipherSuite Find(string nameOrCode)
    {
        if (TryFind(nameOrCode, out var suite))
        {
            return suite;
        }
        var near = Suggestions(nameOrCode);
        var hint = near.Count > 0
            ? $"; did you mean {string.Join(", ", near)}?"
            : "; give an IANA, Mbed TLS or OpenSSL name, or a code like 0xC0AE";
        throw new UnknownCipherSuiteException($"unknown ciphersuite '{nameOrCode}'{hint}");
    }

    /// <summary>
    /// Up to three IANA names close to an unknown name (smallest edit distance between separator-free names). A CCM_8
    /// suite is suggested only for a name that says CCM8 and a CCM suite only for one that does not: the two differ
    /// in tag length, and picking the wrong one is the mistake being made.
    /// </summary>
    public IReadOnlyList<string> Suggestions(string nameOrCode)
    {
        var key = Normalize(nameOrCode);
        if (key.Length == 0)
        {
            return [];
        }
        var wantsCcm8 = key.Contains("CCM8", StringComparison.Ordinal);
        var wantsCcm = key.Contains("CCM", StringComparison.Ordinal);
        return [.. _byName
            .Where(kv => !wantsCcm || kv.Key.Contains("CCM8", StringComparison.Ordinal) == wantsCcm8)
            .Select(kv => (Suite: kv.Value, Distance: NearNames.EditDistance(key, kv.Key)))
            .Where(x => x.Distance <= Math.Max(3, key.Length / 4))
            .OrderBy(x => x.Distance).ThenBy(x => x.Suite.Code)
            .Select(x => x.Suite.IanaName).Distinct().Take(3)];
    }

    private static bool TryParseCode(string text, out int code)
    {
        code = 0;
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return int.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out code) && code is >= 0 and <= 0xFFFF;
        }
        // A bare 4-digit hex code as the IANA table prints it; decimal would be ambiguous with it.
        return text.Length == 4 && int.TryParse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out code);
    }

    // The three naming schemes differ in case, separators and Mbed TLS's macro prefix; OpenSSL and IANA names
    // differ in more (ECDHE-ECDSA-AES128-CCM8) and are both indexed.
    private static string Normalize(string name)
    {
        var upper = name.Trim().ToUpperInvariant();
        foreach (var prefix in (string[])["MBEDTLS_SSL_", "MBEDTLS-SSL-", "MBEDTLS_", "MBEDTLS-"])
        {
            if (upper.StartsWith(prefix, StringComparison.Ordinal))
            {
                upper = upper[prefix.Length..];
                break;
            }
        }
        return string.Concat(upper.Where(c => c is not ('-' or '_' or ' ' or '.')));
    }

    private static CipherSuite ToSuite(CipherSuiteEntry e)
    {
        if (!TryParseCode(e.Code, out var code))
        {
            throw new InvalidDataException($"ciphersuite {e.Iana}: bad code '{e.Code}'");
        }

        return new CipherSuite(e.Iana, code, e.Mbedtls, e.Openssl, KeyExchanges.Parse(e.KeyExchange), e.Authentication,
            e.Cipher, e.Mac, e.Versions, e.MbedtlsDefault);
    }
}

public sealed class UnknownCipherSuiteException(string message) : Exception(message);
