using CertLint.Tls.Handshake;
using CertLint.Tls.Material;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace CertLint.Tls.Probe;

/// <summary>
/// BouncyCastle's TLS client made to send exactly the offer: the suites unfiltered and in order, the groups and
/// signature algorithms given, and only the extensions listed. It accepts whatever certificate the server sends
/// (the probe reports the chain; judging it is for lint and tls-check) and presents a client certificate if given.
/// </summary>
internal sealed class ProbeClient(BcTlsCrypto crypto, ClientHelloOffer offer, RecordTrace trace, TlsMaterial? clientMaterial)
    : AbstractTlsClient(crypto)
{
    private readonly BcTlsCrypto _crypto = crypto;
    private readonly RecordTrace _trace = trace;
    private readonly TlsMaterial? _clientMaterial = clientMaterial;

    public IReadOnlyList<byte[]> ServerChain { get; private set; } = [];

    public int? NegotiatedGroup { get; private set; }

    /// <summary>The client's TLS context (set when the handshake starts).</summary>
    public TlsClientContext Context => m_context;

    protected override ProtocolVersion[] GetSupportedVersions() =>
        offer.Versions.Select(v => v == "1.3" ? ProtocolVersion.TLSv13 : ProtocolVersion.TLSv12).ToArray();

    protected override int[] GetSupportedCipherSuites() => [.. offer.Suites];

    /// <summary>The suites as offered: BouncyCastle would otherwise drop those it does not implement.</summary>
    public override int[] GetCipherSuites() => [.. offer.Suites];

    public override bool ShouldUseExtendedMasterSecret() => offer.Offers(ProbeExtension.ExtendedMasterSecret);

    public override bool RequiresExtendedMasterSecret() => false;

    public override IList<int>? GetEarlyKeyShareGroups()
    {
        var group = offer.Groups.FirstOrDefault(g => Crypto.HasNamedGroup(g), -1);
        return group < 0 ? null : [group];
    }

    public override IDictionary<int, byte[]> GetClientExtensions()
    {
        var extensions = new Dictionary<int, byte[]>();
        foreach (var e in offer.Extensions)
        {
            switch (e.Code)
            {
                case ProbeExtension.SupportedGroups:
                    m_supportedGroups = [.. offer.Groups];
                    TlsExtensionsUtilities.AddSupportedGroupsExtension(extensions, m_supportedGroups);
                    break;
                case ProbeExtension.SignatureAlgorithms:
                    m_supportedSignatureAlgorithms = offer.SigAlgs.Select(Org.BouncyCastle.Tls.SignatureScheme.GetSignatureAndHashAlgorithm).ToList();
                    TlsExtensionsUtilities.AddSignatureAlgorithmsExtension(extensions, m_supportedSignatureAlgorithms);
                    break;
                case ProbeExtension.ExtendedMasterSecret or ProbeExtension.SupportedVersions or ProbeExtension.KeyShare:
                    // BouncyCastle writes these itself (ShouldUseExtendedMasterSecret, the offered versions).
                    break;
                case ProbeExtension.ServerName when offer.Sni is null:
                    break;
                default:
                    extensions[e.Code] = e.Encode(offer.Sni);
                    break;
            }
        }
        return extensions;
    }

    public override void NotifyServerVersion(ProtocolVersion serverVersion)
    {
        base.NotifyServerVersion(serverVersion);
        _trace.Note("received ServerHello");
    }

    public override void NotifyHandshakeComplete()
    {
        base.NotifyHandshakeComplete();
        var group = m_context.SecurityParameters.NegotiatedGroup;
        NegotiatedGroup = group >= 0 ? group : null;
        _trace.Note("received Finished");
    }

    public override TlsAuthentication GetAuthentication() => new Authentication(this);

    private sealed class Authentication(ProbeClient client) : TlsAuthentication
    {
        public void NotifyServerCertificate(TlsServerCertificate serverCertificate)
        {
            var chain = serverCertificate.Certificate;
            client.ServerChain = Enumerable.Range(0, chain.Length).Select(i => chain.GetCertificateAt(i).GetEncoded()).ToList();
            client._trace.Note("received Certificate");
        }

        public TlsCredentials? GetClientCredentials(CertificateRequest certificateRequest)
        {
            client._trace.Note("received CertificateRequest");
            var material = client._clientMaterial;
            if (material?.PrivateKey is null)
            {
                return null;
            }

            var tls13 = TlsUtilities.IsTlsV13(client.m_context.ServerVersion);
            var chain = Credentials.Chain(client._crypto, material.SentChain, tls13, certificateRequest.GetCertificateRequestContext());
            var offered = WireContext.Schemes(certificateRequest.SupportedSignatureAlgorithms ?? []);
            return Credentials.Signer(client.m_context, client._crypto, material.PrivateKey, chain, material.Leaf, offered, tls13);
        }
    }
}
