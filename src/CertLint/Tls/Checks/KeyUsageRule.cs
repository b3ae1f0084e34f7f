using CertLint.Rules;
using CertLint.Tls.Suites;
using CertLint.X509;

namespace CertLint.Tls.Checks;

/// <summary>
/// keyUsage, when present, must allow what the key does in this suite and role (RFC 5246 7.4.2, RFC 8422 5.3,
/// RFC 8446 4.4.2.2, RFC 5280 4.2.1.3): keyEncipherment for RSA key transport, keyAgreement for static ECDH,
/// digitalSignature for everything that signs (every client certificate, every TLS 1.3 certificate).
/// </summary>
public sealed class KeyUsageRule : ITlsRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "tls.cert.key_usage",
        Title = "keyUsage does not allow what the key does in this suite and role",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.3; RFC 5246 7.4.2; RFC 8422 5.3; RFC 8446 4.4.2.2",
        Description = "Checks that keyUsage, when present, has keyEncipherment for RSA key transport, keyAgreement for static ECDH and digitalSignature for everything that signs (every client certificate, every TLS 1.3 certificate).",
        Rationale = "A server skips a certificate whose keyUsage forbids the key exchange (handshake_failure) and a verifying peer refuses it (Mbed TLS: unsupported_certificate; RFC peers such as BouncyCastle: certificate_unknown).",
        Fix = "Re-issue with the keyUsage bit the suite needs, or choose a suite that uses the key the way the certificate allows.",
        Example = "keyUsage keyEncipherment only, for TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    };

    private string Id => Descriptor.Id;

    public IEnumerable<TlsReason> Check(TlsCheckContext context)
    {
        var leaf = context.Leaf;
        var bit = NeededBit(context.Suite.KeyExchange, context.Role);
        var missing = !leaf.HasKeyUsage(bit);
        // Mbed TLS: encipherOnly / decipherOnly make every check that does not ask for them fail.
        var onlyBits = context.IsMbedTls && leaf.KeyUsage is { } ku && (ku & (KeyUsageFlags.EncipherOnly | KeyUsageFlags.DecipherOnly)) != 0;
        if (!missing && !onlyBits)
        {
            yield break;
        }

        var use = context.Role == TlsRole.Client ? "a client certificate" : $"a server certificate in {context.Suite.KeyExchange.Name()}";
        var message = missing
            ? $"keyUsage ({leaf.KeyUsageList}) lacks {KeyUsage.NameOf(bit)}, which {use} needs"
            : $"keyUsage ({leaf.KeyUsageList}) sets encipherOnly/decipherOnly, which Mbed TLS treats as forbidding {KeyUsage.NameOf(bit)}";
        yield return Outcome(context, Id, message, 1);
    }

    public static KeyUsageFlags NeededBit(KeyExchange kx, TlsRole role) => role == TlsRole.Client ? KeyUsageFlags.DigitalSignature : kx switch
    {
        KeyExchange.Rsa or KeyExchange.RsaPsk => KeyUsageFlags.KeyEncipherment,
        KeyExchange.EcdhEcdsa or KeyExchange.EcdhRsa => KeyUsageFlags.KeyAgreement,
        _ => KeyUsageFlags.DigitalSignature,
    };

    /// <summary>
    /// Mbed TLS: a server skips its own certificate (handshake_failure), a verifier sends unsupported_certificate.
    /// RFC peers (BouncyCastle) check keyUsage when they use the key and answer certificate_unknown.
    /// </summary>
    internal static TlsReason Outcome(TlsCheckContext context, string id, string message, int order)
    {
        if (context.IsMbedTls)
        {
            return context.Role == TlsRole.Server
                ? context.Reason(id, message, TlsRole.Server, "handshake_failure", HandshakeStage.Selection, order)
                : context.Reason(id, message, TlsRole.Server, "unsupported_certificate", HandshakeStage.CertificateCheck, order);
        }

        return context.Reason(id, message, context.Verifier, "certificate_unknown", HandshakeStage.Crypto, order);
    }
}
