namespace CertLint.Targets.MbedTls;

/// <summary>mbedtls_x509_crt_check_key_usage / _check_extended_key_usage.</summary>
public static class MbedTlsUsage
{
    public const string ServerAuth = "1.3.6.1.5.5.7.3.1";
    public const string ClientAuth = "1.3.6.1.5.5.7.3.2";
    public const string AnyExtendedKeyUsage = "2.5.29.37.0";

    /// <summary>No keyUsage extension: anything goes. Otherwise every asked bit must be set, and encipherOnly /
    /// decipherOnly may only be set when asked for.</summary>
    public static bool CheckKeyUsage(MbedTlsCertificate crt, uint usage)
    {
        if (!crt.HasExt(MbedTlsCertificate.ExtKeyUsageBits))
        {
            return true;
        }

        const uint mayMask = MbedTlsCertificate.KuEncipherOnly | MbedTlsCertificate.KuDecipherOnly;
        var must = usage & ~mayMask;
        if ((crt.KeyUsage & ~mayMask & must) != must)
        {
            return false;
        }

        var may = usage & mayMask;
        return ((crt.KeyUsage & mayMask) | may) == may;
    }

    public static bool CheckExtendedKeyUsage(MbedTlsCertificate crt, string oid) =>
        !crt.HasExt(MbedTlsCertificate.ExtExtendedKeyUsage) || crt.ExtKeyUsage.Any(o => o == oid || o == AnyExtendedKeyUsage);
}
