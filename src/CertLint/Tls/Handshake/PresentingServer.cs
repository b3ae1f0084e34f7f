using CertLint.Tls.Checks;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace CertLint.Tls.Handshake;

/// <summary>
/// The server side when the certificate checked is a server certificate: offers exactly the suite and version, and
/// chooses its certificate as the target stack does (key type, curve against the client's groups, usage).
/// </summary>
internal sealed class PresentingServer(BcTlsCrypto crypto, TlsCheckContext check) : AbstractTlsServer(crypto)
{
    protected override int[] GetSupportedCipherSuites() => [check.Suite.Code];

    protected override ProtocolVersion[] GetSupportedVersions() => WireContext.Versions(check);

    public override TlsCredentials GetCredentials()
    {
        var parameters = m_context.SecurityParameters;
        var offered = WireContext.Offered(check, parameters.ClientSupportedGroups, parameters.ClientSigAlgs);
        WireContext.Enforce(offered, TlsRole.Server, HandshakeStage.Selection);
        var material = check.Material;
        var chain = Credentials.Chain(crypto, material.SentChain, check.IsTls13);
        return Credentials.ForKeyExchange(parameters.KeyExchangeAlgorithm, m_context, crypto, material.PrivateKey!, chain,
            material.Leaf, offered.SigAlgs, check.IsTls13);
    }
}
