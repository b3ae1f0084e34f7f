using CertLint.Rules;
using CertLint.Tls.Material;
using CertLint.Tls.Suites;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace CertLint.Tls.Checks;

/// <summary>
/// The private key must be readable and belong to the certificate. Checked by signing a probe with the private key
/// and verifying it with the certificate's public key, which works for every key type without comparing numbers.
/// </summary>
public sealed class KeyMatchRule : ITlsRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "tls.key.mismatch",
        Title = "The private key does not belong to the certificate",
        DefaultSeverity = Severity.Error,
        Source = "RFC 8446",
        Citation = "4.4.3; RFC 5246 7.4.8",
        Description = "Signs a probe with the private key and verifies it with the certificate's public key.",
        Rationale = "The peer checks the handshake signature (or, for RSA key transport and static ECDH, the Finished message) with the certificate's key: a key of another certificate ends the handshake with decrypt_error or bad_record_mac.",
        Fix = "Pair the certificate with the key it was issued for (compare the public keys: openssl x509 -pubkey and openssl pkey -pubout).",
        Example = "server.pem with the key of an earlier certificate request",
    };

    private string Id => Descriptor.Id;

    /// <summary>Reported instead of a mismatch when the private key cannot be read at all.</summary>
    public static RuleDescriptor Unreadable { get; } = new()
    {
        Id = "tls.key.unreadable",
        Title = "The private key cannot be read",
        DefaultSeverity = Severity.Error,
        Source = "CertLint",
        Citation = "tls-check --key, --key-password",
        Description = "Reads the --key file as a private key, decrypting it with --key-password when it is encrypted.",
        Rationale = "A stack that cannot load its private key cannot take part in any handshake with this certificate; the check stops here, because every later step needs the key.",
        Fix = "Give the private key that belongs to the certificate, with --key-password when it is encrypted.",
        Example = "an encrypted PKCS#8 key given without --key-password",
    };

    public IEnumerable<TlsReason> Check(TlsCheckContext context)
    {
        var material = context.Material;
        if (material.KeyProblem is not null)
        {
            yield return context.Reason(Unreadable.Id, material.KeyProblem, context.Role, "", HandshakeStage.Selection, -1);
            yield break;
        }
        if (material.PrivateKey is null || Matches(material.PrivateKey, material.Leaf.Bc.GetPublicKey()))
        {
            yield break;
        }

        var kx = context.Suite.KeyExchange;
        var message = "the private key does not belong to the certificate (its public key differs)";
        if (context.Role == TlsRole.Client || HandshakeSignatureRule.Signs(kx, TlsRole.Server))
        {
            yield return context.Reason(Id, message, context.Verifier, "decrypt_error", HandshakeStage.Crypto, 0);
        }
        else
        {
            // RSA key transport and static ECDH: both sides derive different keys; the server cannot read the client's Finished.
            yield return context.Reason(Id, message, TlsRole.Server, "bad_record_mac", HandshakeStage.Crypto, 0);
        }
    }

    public static bool Matches(AsymmetricKeyParameter privateKey, AsymmetricKeyParameter publicKey)
    {
        var algorithm = privateKey switch
        {
            RsaKeyParameters => "SHA256WITHRSA",
            ECPrivateKeyParameters => "SHA256WITHECDSA",
            Ed25519PrivateKeyParameters => "Ed25519",
            Ed448PrivateKeyParameters => "Ed448",
            DsaPrivateKeyParameters => "SHA256WITHDSA",
            _ => null,
        };
        if (algorithm is null)
        {
            return false;
        }

        try
        {
            var probe = "CertLint key match probe"u8.ToArray();
            var signer = SignerUtilities.GetSigner(algorithm);
            signer.Init(true, privateKey is ECPrivateKeyParameters or DsaPrivateKeyParameters ? new ParametersWithRandom(privateKey, new SecureRandom()) : privateKey);
            signer.BlockUpdate(probe, 0, probe.Length);
            var signature = signer.GenerateSignature();
            var verifier = SignerUtilities.GetSigner(algorithm);
            verifier.Init(false, publicKey);
            verifier.BlockUpdate(probe, 0, probe.Length);
            return verifier.VerifySignature(signature);
        }
        catch (Exception ex) when (ex is InvalidKeyException or ArgumentException or InvalidCastException or CryptoException or InvalidOperationException)
        {
            return false;
        }
    }
}
