using CertLint.Tls.Checks;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace CertLint.Tls.Handshake;

/// <summary>
/// The server side when a client certificate is checked: configured with the target's (or the given) groups and
/// signature algorithms, requires a client certificate (mutual TLS) and checks it as the target would.
/// </summary>
internal sealed class PeerServer(BcTlsCrypto crypto, TlsCheckContext check) : AbstractTlsServer(crypto)
{
    private readonly PeerIdentity _identity = PeerIdentity.For(check.Suite.KeyExchange);

    protected override int[] GetSupportedCipherSuites() =>
        [WireContext.PeerOffers(check) ? check.Suite.Code : WireContext.OtherSuite(check)];

    protected override ProtocolVersion[] GetSupportedVersions() => WireContext.Versions(check);

    public override int[] GetSupportedGroups() => WireContext.GroupCodes(check, Crypto);

    public override CertificateRequest GetCertificateRequest()
    {
        var sigAlgs = WireContext.ToBc(check.SigAlgs);
        return check.IsTls13
            ? new CertificateRequest([], sigAlgs, null, null)
            : new CertificateRequest([ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign], sigAlgs, null);
    }

    public override void NotifyClientCertificate(Certificate clientCertificate)
    {
        if (clientCertificate is null || clientCertificate.IsEmpty)
        {
            throw new TlsFatalAlert(check.IsTls13 ? AlertDescription.certificate_required : AlertDescription.handshake_failure,
                "the client sent no certificate");
        }

        WireContext.Enforce(WireContext.Received(check, clientCertificate), TlsRole.Server, HandshakeStage.CertificateCheck);
    }

    public override TlsCredentials GetCredentials()
    {
        var chain = Credentials.Chain(crypto, [_identity.Certificate], check.IsTls13);
        var offered = WireContext.Offered(check, null, m_context.SecurityParameters.ClientSigAlgs).SigAlgs;
        return Credentials.ForKeyExchange(m_context.SecurityParameters.KeyExchangeAlgorithm, m_context, crypto,
            _identity.PrivateKey, chain, _identity.Certificate, offered, check.IsTls13);
    }
}
