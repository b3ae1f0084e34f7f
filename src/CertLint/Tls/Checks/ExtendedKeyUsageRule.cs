using CertLint.Rules;
using CertLint.Tls.Material;

namespace CertLint.Tls.Checks;

/// <summary>
/// extKeyUsage, when present, must hold serverAuth for a server certificate and clientAuth for a client one, or
/// anyExtendedKeyUsage (RFC 5280 4.2.1.12; Mbed TLS mbedtls_ssl_check_cert_usage).
/// </summary>
public sealed class ExtendedKeyUsageRule : ITlsRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "tls.cert.ext_key_usage",
        Title = "extKeyUsage lacks serverAuth or clientAuth for the role",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.12; Mbed TLS mbedtls_ssl_check_cert_usage",
        Description = "Checks that extKeyUsage, when present, holds serverAuth for a server certificate and clientAuth for a client certificate, or anyExtendedKeyUsage.",
        Rationale = "A verifying peer refuses a certificate whose extKeyUsage does not allow its role: Mbed TLS sets BADCERT_EXT_KEY_USAGE and sends unsupported_certificate, so the handshake fails after the Certificate message.",
        Fix = "Re-issue with serverAuth (server) or clientAuth (client) in extKeyUsage, or without extKeyUsage.",
        Example = "extKeyUsage serverAuth only, used as a client certificate",
    };

    private string Id => Descriptor.Id;

    public IEnumerable<TlsReason> Check(TlsCheckContext context)
    {
        var eku = context.Leaf.ExtendedKeyUsage;
        if (eku is null)
        {
            yield break;
        }

        var (needed, name) = context.Role == TlsRole.Server ? (CertificateFacts.ServerAuth, "serverAuth") : (CertificateFacts.ClientAuth, "clientAuth");
        if (eku.Contains(needed) || eku.Contains(CertificateFacts.AnyExtendedKeyUsage))
        {
            yield break;
        }

        var message = $"extKeyUsage ({string.Join(", ", eku.Select(Name))}) lacks {name}, which a {context.Role.ToString().ToLowerInvariant()} certificate needs";
        if (context.IsMbedTls)
        {
            yield return KeyUsageRule.Outcome(context, Id, message, 2);
        }
        else
        {
            yield return context.Reason(Id, message, context.Verifier, "unsupported_certificate", HandshakeStage.CertificateCheck, 2);
        }
    }

    private static string Name(string oid) => oid switch
    {
        CertificateFacts.ServerAuth => "serverAuth",
        CertificateFacts.ClientAuth => "clientAuth",
        CertificateFacts.AnyExtendedKeyUsage => "anyExtendedKeyUsage",
        "1.3.6.1.5.5.7.3.3" => "codeSigning",
        "1.3.6.1.5.5.7.3.4" => "emailProtection",
        "1.3.6.1.5.5.7.3.8" => "timeStamping",
        "1.3.6.1.5.5.7.3.9" => "OCSPSigning",
        _ => oid,
    };
}
