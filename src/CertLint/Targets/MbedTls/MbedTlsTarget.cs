using System.Collections.Concurrent;
using CertLint.Data;
using CertLint.Yaml;

namespace CertLint.Targets.MbedTls;

/// <summary>One Mbed TLS release line as CertLint models it: its facts (rules/targets/NAME.yaml) and strerror table.</summary>
public sealed class MbedTlsTarget
{
    public static IReadOnlyList<string> Names { get; } = ["mbedtls-2.16", "mbedtls-2.28", "mbedtls-3.6", "mbedtls-4.0"];

    private static readonly ConcurrentDictionary<string, MbedTlsTarget> Cache = new(StringComparer.Ordinal);

    public string Name => Facts.Name;
    public string Release => Facts.Release;
    public MbedTlsTargetFile Facts { get; }
    public MbedTlsBehaviour Behaviour => Facts.Behaviour;
    public MbedTlsStrerror Strerror { get; }
    public MbedTlsVerifyFlags VerifyFlags { get; }
    /// <summary>What the OID layer returns when it does not know an OID.</summary>
    public int UnknownOidCode { get; }

    private MbedTlsTarget(MbedTlsTargetFile facts)
    {
        Facts = facts;
        Strerror = MbedTlsStrerror.Load(facts.StrerrorTable);
        VerifyFlags = MbedTlsVerifyFlags.Shared;
        UnknownOidCode = MbedTlsErrorCodes.Parse(facts.Behaviour.UnknownOidCode)
            ?? throw new InvalidDataException($"{facts.Name}: bad unknown_oid_code");
    }

    /// <summary>Loads a target by name (case-insensitive); unknown names throw with the list of known ones.</summary>
    public static MbedTlsTarget Load(string name)
    {
        var key = name.Trim().ToLowerInvariant();
        if (!Names.Contains(key))
        {
            throw new MbedTlsConfigException($"unknown target '{name}'; known targets: {string.Join(", ", Names)}");
        }

        return Cache.GetOrAdd(key, k =>
            new MbedTlsTarget(CertLintYamlContext.Deserializer().Deserialize<MbedTlsTargetFile>(EmbeddedData.ReadText($"targets/{k}.yaml"))));
    }

    /// <summary>MBEDTLS_ERROR_ADD of this release: the sum up to 3.6, "low ? low : high" from 4.0.</summary>
    public int Add(int high, int low) =>
        Behaviour.ErrorCombination == "low_else_high" ? (low != 0 ? low : high) : high + low;

    public MbedTlsConfig DefaultConfig() => new(this);

    public bool IsMajor2 => Release.StartsWith("2.", StringComparison.Ordinal);

    public override string ToString() => Name;
}

/// <summary>A target or configuration request that cannot be honoured (unknown name, option not in the release).</summary>
public sealed class MbedTlsConfigException(string message) : Exception(message);
