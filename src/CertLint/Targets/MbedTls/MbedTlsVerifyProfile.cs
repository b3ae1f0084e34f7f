namespace CertLint.Targets.MbedTls;

/// <summary>mbedtls_x509_crt_profile: allowed hashes, public key types, curves and minimum RSA size.</summary>
internal sealed class MbedTlsVerifyProfile
{
    public required string Name { get; init; }
    public required HashSet<string> Mds { get; init; }
    public required HashSet<string>? Pks { get; init; }
    public required HashSet<string>? Curves { get; init; }
    public required int RsaMinBits { get; init; }
    /// <summary>2.16's pk_get_bitlen for RSA is 8 × the modulus length in bytes (pk_wrap.c rsa_get_bitlen).</summary>
    public bool RsaBitsFromBytes { get; init; }

    public static MbedTlsVerifyProfile Get(MbedTlsConfig config, string name)
    {
        var target = config.Target;
        var entry = target.Facts.VerifyProfiles.FirstOrDefault(p => p.Name == name)
            ?? throw new MbedTlsConfigException($"unknown verify profile '{name}'; {target.Name} has: {string.Join(", ", target.Facts.VerifyProfiles.Select(p => p.Name))}");
        var mds = entry.Mds.ToHashSet(StringComparer.Ordinal);
        // 2.x: this option adds SHA-1 to the default profile at build time.
        if (name == "default" && config.IsDefined("MBEDTLS_TLS_DEFAULT_ALLOW_SHA1_IN_CERTIFICATES"))
        {
            mds.Add("SHA1");
        }

        return new MbedTlsVerifyProfile
        {
            Name = name,
            Mds = mds,
            Pks = entry.Pks.Contains("ANY") ? null : entry.Pks.ToHashSet(StringComparer.Ordinal),
            Curves = entry.Curves.Contains("ANY") ? null : entry.Curves.ToHashSet(StringComparer.Ordinal),
            RsaMinBits = entry.RsaMinBits,
            RsaBitsFromBytes = target.Behaviour.RsaBitlenFromBytes,
        };
    }

    public bool AllowsMd(string md) => md != "NONE" && Mds.Contains(md);

    public bool AllowsPk(string pk) => Pks is null || Pks.Contains(pk);

    public bool AllowsKey(MbedTlsPublicKey key)
    {
        if (key.Type == "RSA")
        {
            return (RsaBitsFromBytes ? (key.Bits + 7) / 8 * 8 : key.Bits) >= RsaMinBits;
        }

        if (key.IsEc)
        {
            return key.Curve is not null && (Curves is null || Curves.Contains(key.Curve));
        }

        return false;
    }
}
