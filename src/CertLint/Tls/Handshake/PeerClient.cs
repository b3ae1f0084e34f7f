using CertLint.Tls.Checks;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace CertLint.Tls.Handshake;

/// <summary>
/// The client side when a server certificate is checked: offers the groups and signature algorithms of the target
/// (or --groups / --sig-algs), and checks the server's chain as the target would.
/// </summary>
internal sealed class PeerClient(BcTlsCrypto crypto, TlsCheckContext check) : AbstractTlsClient(crypto)
{
    protected override int[] GetSupportedCipherSuites() =>
        [WireContext.PeerOffers(check) ? check.Suite.Code : WireContext.OtherSuite(check)];

    protected override ProtocolVersion[] GetSupportedVersions() => WireContext.Versions(check);

    protected override IList<int> GetSupportedGroups(IList<int> namedGroupRoles) => WireContext.GroupCodes(check, Crypto);

    protected override IList<SignatureAndHashAlgorithm> GetSupportedSignatureAlgorithms() => WireContext.ToBc(check.SigAlgs);

    public override TlsAuthentication GetAuthentication() => new ServerCertificateCheck(check);

    private sealed class ServerCertificateCheck(TlsCheckContext check) : TlsAuthentication
    {
        public void NotifyServerCertificate(TlsServerCertificate serverCertificate) =>
            WireContext.Enforce(WireContext.Received(check, serverCertificate.Certificate), TlsRole.Client, HandshakeStage.CertificateCheck);

        public TlsCredentials? GetClientCredentials(CertificateRequest certificateRequest) => null;
    }
}
