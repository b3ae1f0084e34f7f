using CertLint.Tls.Checks;
using CertLint.Tls.Material;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace CertLint.Tls.Handshake;

/// <summary>Turns a certificate chain and key into what BouncyCastle's TLS presents for a key exchange.</summary>
internal static class Credentials
{
    public static Certificate Chain(BcTlsCrypto crypto, IReadOnlyList<CertificateFacts> chain, bool tls13, byte[]? requestContext = null)
    {
        var certs = chain.Select(c => (TlsCertificate)new BcTlsCertificate(crypto, c.Model.Encoded.ToArray())).ToArray();
        return tls13
            ? new Certificate(requestContext ?? [], certs.Select(c => new CertificateEntry(c, null)).ToArray())
            : new Certificate(certs);
    }

    /// <summary>Signing credentials with the first offered scheme the key can make, or the handshake_failure a stack sends.</summary>
    public static TlsCredentialedSigner Signer(TlsContext context, BcTlsCrypto crypto, AsymmetricKeyParameter key,
        Certificate certificate, CertificateFacts leaf, IEnumerable<Stacks.SignatureScheme> offered, bool tls13)
    {
        var scheme = HandshakeSignatureRule.Usable(offered, leaf, tls13).FirstOrDefault()
            ?? throw new TlsFatalAlert(AlertDescription.handshake_failure, "tls.handshake.signature: no offered signature algorithm fits the key");
        var algorithm = Org.BouncyCastle.Tls.SignatureScheme.GetSignatureAndHashAlgorithm(scheme.Code);
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, key, certificate, algorithm);
    }

    /// <summary>The credentials a key exchange asks of the certificate's owner.</summary>
    public static TlsCredentials ForKeyExchange(int keyExchange, TlsContext context, BcTlsCrypto crypto, AsymmetricKeyParameter key,
        Certificate certificate, CertificateFacts leaf, IEnumerable<Stacks.SignatureScheme> offered, bool tls13)
    {
        try
        {
            return keyExchange switch
            {
                KeyExchangeAlgorithm.RSA or KeyExchangeAlgorithm.RSA_PSK =>
                    new BcDefaultTlsCredentialedDecryptor(crypto, certificate, key),
                KeyExchangeAlgorithm.ECDH_ECDSA or KeyExchangeAlgorithm.ECDH_RSA =>
                    new BcDefaultTlsCredentialedAgreement(crypto, certificate, key),
                _ => Signer(context, crypto, key, certificate, leaf, offered, tls13),
            };
        }
        catch (ArgumentException ex)
        {
            // BouncyCastle refuses a private key of another type than the certificate's: the owner cannot use it.
            throw new TlsFatalAlert(AlertDescription.internal_error, $"tls.key.mismatch: {ex.Message}");
        }
    }
}
