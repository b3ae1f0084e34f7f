using CertLint.Rules;
using CertLint.Tls.Material;
using CertLint.Tls.Stacks;
using CertLint.Tls.Suites;
using CertLint.X509;

namespace CertLint.Tls.Checks;

/// <summary>
/// A key that signs in the handshake (ServerKeyExchange, CertificateVerify) needs a signature scheme the peer offers.
/// In TLS 1.3 ECDSA schemes name the curve and the legacy PKCS#1 / SHA-1 schemes are not allowed (RFC 8446 4.2.3,
/// 4.4.3), so a P-384 key cannot use ecdsa_secp256r1_sha256.
/// </summary>
public sealed class HandshakeSignatureRule : ITlsRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "tls.handshake.signature",
        Title = "No offered signature scheme can be made with the key",
        DefaultSeverity = Severity.Error,
        Source = "RFC 8446",
        Citation = "4.2.3, 4.4.3; RFC 5246 7.4.1.4.1",
        Description = "Checks that a key that signs in the handshake (ServerKeyExchange, CertificateVerify) has a signature scheme the peer offers; in TLS 1.3 ECDSA schemes name the curve and PKCS#1 v1.5 and SHA-1 schemes are not allowed.",
        Rationale = "Without a scheme both sides accept, the signing side cannot produce ServerKeyExchange or CertificateVerify and the handshake fails; in TLS 1.3 a P-384 key cannot use ecdsa_secp256r1_sha256.",
        Fix = "Offer a signature scheme that fits the key (for example ecdsa_secp384r1_sha384 for a P-384 key), or issue a key that fits the offered schemes.",
        Example = "a P-384 key in TLS 1.3 against a peer offering only ecdsa_secp256r1_sha256",
    };

    private string Id => Descriptor.Id;

    public IEnumerable<TlsReason> Check(TlsCheckContext context)
    {
        if (!Signs(context.Suite.KeyExchange, context.Role))
        {
            yield break;
        }

        var leaf = context.Leaf;
        if (Usable(context.SigAlgs, leaf, context.IsTls13).Any())
        {
            yield break;
        }

        var version = context.IsTls13 ? "TLS 1.3" : "TLS 1.2";
        var why = context.IsTls13 && leaf.KeyKind == KeyType.Ec
            ? $"; TLS 1.3 binds ECDSA to the curve, so a {leaf.Curve?.Name ?? "unknown"} key needs ecdsa_{leaf.Curve?.Name ?? "?"}_*"
            : "";
        yield return context.Reason(Id,
            $"no signature algorithm the peer offers ({string.Join(", ", context.SigAlgs.Select(s => s.Name))}) can be made with the certificate's {leaf.KeyDescription} key in {version}{why}",
            context.Role, "handshake_failure", HandshakeStage.Selection, 9);
    }

    // Client certificates always sign a CertificateVerify (fixed-ECDH client authentication is not modelled).
    public static bool Signs(KeyExchange kx, TlsRole role) => role == TlsRole.Client
        || kx is KeyExchange.DheRsa or KeyExchange.DheDss or KeyExchange.EcdheRsa or KeyExchange.EcdheEcdsa or KeyExchange.Tls13;

    /// <summary>The offered schemes this key can sign with, in the peer's order of preference.</summary>
    public static IEnumerable<SignatureScheme> Usable(IEnumerable<SignatureScheme> offered, CertificateFacts leaf, bool tls13) =>
        offered.Where(s => !(tls13 && s.Legacy) && leaf.KeyKind switch
        {
            KeyType.Rsa => s.Signature == "rsa" || s.Signature == "rsa_pss_rsae",
            KeyType.Ec => s.Signature == "ecdsa" && (!tls13 || s.Curve == leaf.Curve?.Name),
            KeyType.Ed25519 => s.Signature == "ed25519",
            KeyType.Ed448 => s.Signature == "ed448",
            KeyType.Dsa => s.Signature == "dsa",
            _ => false,
        });
}
