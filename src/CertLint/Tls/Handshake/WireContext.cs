using CertLint.Tls.Checks;
using CertLint.Tls.Material;
using CertLint.Tls.Stacks;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;
using BcScheme = Org.BouncyCastle.Tls.SignatureScheme;

namespace CertLint.Tls.Handshake;

/// <summary>
/// Runs the rules on what actually crossed the wire (the groups and signature algorithms offered, the certificates
/// received), and turns the first refusal that belongs to this side and stage into the alert that side sends.
/// This is how the handshake enforces what BouncyCastle's TLS does not check itself.
/// </summary>
internal static class WireContext
{
    public static void Enforce(TlsCheckContext context, TlsRole side, HandshakeStage stage)
    {
        var first = TlsRules.All
            .Where(r => r.Descriptor.Id != "tls.suite.unavailable" && r.Descriptor.Id != "tls.key.mismatch")
            .SelectMany(r => r.Check(context))
            .Where(r => r.RaisedBy == side && r.Stage == stage && r.Alert.Length > 0)
            .OrderBy(r => r.Order)
            .FirstOrDefault();
        if (first is not null)
        {
            throw new TlsFatalAlert(AlertCode(first.Alert), $"{first.RuleId}: {first.Message}");
        }
    }

    /// <summary>A copy of the context seen by a side: the certificates it received and what the peer offered.</summary>
    public static TlsCheckContext Received(TlsCheckContext context, Certificate certificate)
    {
        var chain = certificate.GetCertificateList().Select(c => Decode(c.GetEncoded())).ToList();
        if (chain.Count == 0)
        {
            throw new TlsFatalAlert(AlertDescription.handshake_failure, "no certificate was sent");
        }

        var material = new TlsMaterial { Leaf = chain[0], Chain = chain.Skip(1).ToList(), Trusted = context.Material.Trusted };
        return TlsCheckContext.Create(context.Suite, context.Role, context.Stack, material, context.Now, context.Groups, context.SigAlgs);
    }

    /// <summary>The presenting server's view: its own certificate, and the groups and algorithms the client offered.</summary>
    public static TlsCheckContext Offered(TlsCheckContext context, int[]? groups, IList<SignatureAndHashAlgorithm>? sigAlgs)
    {
        var offeredGroups = (groups ?? []).Select(NamedGroups.ByCode).OfType<Stacks.NamedGroup>().ToList();
        var offeredSigAlgs = sigAlgs is null ? context.SigAlgs : Schemes(sigAlgs);
        return TlsCheckContext.Create(context.Suite, context.Role, context.Stack, context.Material, context.Now, offeredGroups, offeredSigAlgs);
    }

    /// <summary>BouncyCastle's hash-and-signature pairs as CertLint's signature schemes (unknown ones left out).</summary>
    public static List<Stacks.SignatureScheme> Schemes(IEnumerable<SignatureAndHashAlgorithm> sigAlgs) =>
        sigAlgs.Select(a => SignatureSchemes.All.FirstOrDefault(s => s.Code == BcScheme.From(a))).OfType<Stacks.SignatureScheme>().ToList();

    private static CertificateFacts Decode(byte[] der)
    {
        var model = X509.CertificateDecoder.Decode(der).Certificate
            ?? throw new TlsFatalAlert(AlertDescription.bad_certificate, "a certificate received does not decode");
        return CertificateFacts.Of(model);
    }

    public static short AlertCode(string name)
    {
        for (short code = 0; code < 256; code++)
        {
            if (AlertDescription.GetName(code) == name)
            {
                return code;
            }
        }

        return AlertDescription.internal_error;
    }

    public static IList<SignatureAndHashAlgorithm> ToBc(IEnumerable<Stacks.SignatureScheme> schemes) =>
        schemes.Select(s => BcScheme.GetSignatureAndHashAlgorithm(s.Code)).ToList();

    public static ProtocolVersion[] Versions(TlsCheckContext context) =>
        context.IsTls13 ? ProtocolVersion.TLSv13.Only() : ProtocolVersion.TLSv12.Only();

    /// <summary>A suite other than the one checked, to offer when the peer's stack does not have it.</summary>
    public static int OtherSuite(TlsCheckContext context) => context.IsTls13
        ? (context.Suite.Code == CipherSuite.TLS_AES_128_GCM_SHA256 ? CipherSuite.TLS_AES_256_GCM_SHA384 : CipherSuite.TLS_AES_128_GCM_SHA256)
        : (context.Suite.Code == CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 ? CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 : CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256);

    /// <summary>True when the peer's stack offers the suite (its list and versions).</summary>
    public static bool PeerOffers(TlsCheckContext context) =>
        !new SuiteAvailableRule().Check(context).Any();

    public static int[] GroupCodes(TlsCheckContext context, TlsCrypto crypto) =>
        context.Groups.Where(g => crypto.HasNamedGroup(g.Code)).Select(g => g.Code).ToArray();
}
