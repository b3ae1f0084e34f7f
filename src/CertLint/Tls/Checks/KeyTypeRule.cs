using CertLint.Rules;
using CertLint.Tls.Suites;
using CertLint.X509;

namespace CertLint.Tls.Checks;

/// <summary>
/// A server certificate's key must fit the key exchange (RFC 5246 7.4.2, RFC 8422 5.3, RFC 8446 4.4.2.2): RSA suites
/// an RSA key, ECDSA suites an EC (or, where allowed, EdDSA) key, ECDH_* suites an EC key that can agree, DSS a DSA key.
/// </summary>
public sealed class KeyTypeRule : ITlsRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "tls.key.type",
        Title = "The server key type does not fit the key exchange",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5246",
        Citation = "7.4.2; RFC 8422 5.3; RFC 8446 4.4.2.2; RFC 4492 2.1, 2.3",
        Description = "Checks that a server certificate's key fits the suite's key exchange: RSA suites an RSA key, ECDSA suites an EC (or, where allowed, EdDSA) key, ECDH_* suites an EC key signed as the suite names.",
        Rationale = "A server picks only a certificate whose key can do the key exchange; with none it answers handshake_failure, so a valid certificate of the wrong key type cannot serve the suite at all.",
        Fix = "Issue a certificate with the key type the suite needs, or choose a suite for the key you have (ECDHE_ECDSA for EC keys, ECDHE_RSA for RSA keys).",
        Example = "an RSA certificate for TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    };

    private string Id => Descriptor.Id;

    public IEnumerable<TlsReason> Check(TlsCheckContext context)
    {
        if (context.Role != TlsRole.Server)
        {
            yield break;
        }

        var kx = context.Suite.KeyExchange;
        var key = context.Leaf.KeyKind;
        var allowed = Allowed(kx, context.Stack.EdDsa);
        if (!allowed.Contains(key))
        {
            yield return context.Reason(Id,
                $"{context.Suite.IanaName} ({kx.Name()}) needs a server key of type {string.Join(" or ", allowed.Select(Display))}; the certificate has {context.Leaf.KeyDescription}",
                TlsRole.Server, "handshake_failure", HandshakeStage.Selection);
            yield break;
        }
        // RFC 4492 2.1 / 2.3: in ECDH_ECDSA the certificate is signed with ECDSA, in ECDH_RSA with RSA.
        var signer = kx switch { KeyExchange.EcdhEcdsa => "ecdsa", KeyExchange.EcdhRsa => "rsa", _ => null };
        if (context.Stack.RfcStrict && signer is not null && !context.Leaf.SignatureKind.StartsWith(signer, StringComparison.Ordinal))
        {
            yield return context.Reason(Id,
                $"{kx.Name()} needs a certificate signed with {signer.ToUpperInvariant()} (RFC 4492 2.1, 2.3); it is signed with {context.Leaf.SignatureDescription}",
                TlsRole.Server, "handshake_failure", HandshakeStage.Selection);
        }
    }

    public static string Display(KeyType type) => type switch
    {
        KeyType.Rsa => "RSA",
        KeyType.Ec => "EC",
        KeyType.Dsa => "DSA",
        _ => type.ToString(),
    };

    public static IReadOnlyList<KeyType> Allowed(KeyExchange kx, bool edDsa) => kx switch
    {
        KeyExchange.Rsa or KeyExchange.RsaPsk or KeyExchange.DheRsa or KeyExchange.EcdheRsa => [KeyType.Rsa],
        KeyExchange.DheDss => [KeyType.Dsa],
        KeyExchange.EcdhEcdsa or KeyExchange.EcdhRsa => [KeyType.Ec],
        KeyExchange.EcdheEcdsa => edDsa ? [KeyType.Ec, KeyType.Ed25519, KeyType.Ed448] : [KeyType.Ec],
        KeyExchange.Tls13 => edDsa ? [KeyType.Rsa, KeyType.Ec, KeyType.Ed25519, KeyType.Ed448] : [KeyType.Rsa, KeyType.Ec],
        _ => [],
    };
}
