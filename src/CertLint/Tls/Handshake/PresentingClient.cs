using CertLint.Tls.Checks;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace CertLint.Tls.Handshake;

/// <summary>
/// The client side when the certificate checked is a client certificate: offers exactly the suite, version and
/// groups, trusts whatever server answers (it is not being judged), and presents the certificate when asked.
/// </summary>
internal sealed class PresentingClient(BcTlsCrypto crypto, TlsCheckContext check) : AbstractTlsClient(crypto)
{
    protected override int[] GetSupportedCipherSuites() => [check.Suite.Code];

    protected override ProtocolVersion[] GetSupportedVersions() => WireContext.Versions(check);

    protected override IList<int> GetSupportedGroups(IList<int> namedGroupRoles) => WireContext.GroupCodes(check, Crypto);

    public override TlsAuthentication GetAuthentication() => new Presenter(crypto, check, m_context);

    private sealed class Presenter(BcTlsCrypto crypto, TlsCheckContext check, TlsClientContext context) : TlsAuthentication
    {
        public void NotifyServerCertificate(TlsServerCertificate serverCertificate)
        {
        }

        public TlsCredentials GetClientCredentials(CertificateRequest certificateRequest)
        {
            var material = check.Material;
            var chain = Credentials.Chain(crypto, material.SentChain, check.IsTls13, certificateRequest.GetCertificateRequestContext());
            var offered = WireContext.Offered(check, null, certificateRequest.SupportedSignatureAlgorithms).SigAlgs;
            return Credentials.Signer(context, crypto, material.PrivateKey!, chain, material.Leaf, offered, check.IsTls13);
        }
    }
}
