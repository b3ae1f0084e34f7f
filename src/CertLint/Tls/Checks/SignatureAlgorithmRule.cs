using CertLint.Rules;
using CertLint.Tls.Material;

namespace CertLint.Tls.Checks;

/// <summary>
/// Every signature in the chain must be acceptable to the verifier: with a target, a hash its X.509 verify profile
/// allows (Mbed TLS BADCERT_BAD_MD); without one, a scheme in the peer's signature_algorithms(_cert)
/// (RFC 5246 7.4.2, RFC 8446 4.2.3; RFC 9155 removes SHA-1). Trust anchors' own signatures are not judged.
/// </summary>
public sealed class SignatureAlgorithmRule : ITlsRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "tls.chain.signature_algorithm",
        Title = "A certificate signature is not acceptable to the verifier",
        DefaultSeverity = Severity.Error,
        Source = "RFC 8446",
        Citation = "4.2.3; RFC 5246 7.4.2; RFC 9155; Mbed TLS BADCERT_BAD_MD",
        Description = "Checks every signature in the chain (trust anchors excepted) against the verifier: with a target, a hash its X.509 verify profile allows; without one, a scheme in the peer's signature_algorithms(_cert).",
        Rationale = "A verifier refuses a chain signed with a hash or scheme it does not accept (Mbed TLS sets BADCERT_BAD_MD); RFC 9155 removes SHA-1 from TLS 1.2, so SHA-1-signed intermediates fail on current stacks.",
        Fix = "Re-issue the certificate signed with SHA-256 or stronger.",
        Example = "Signature Algorithm: sha1WithRSAEncryption on an intermediate",
    };

    private string Id => Descriptor.Id;

    public IEnumerable<TlsReason> Check(TlsCheckContext context)
    {
        foreach (var facts in context.Material.Trusted.Count == 0 ? context.Material.SentChain : context.Path.Certificates)
        {
            var refusal = Refusal(context, facts);
            if (refusal is null)
            {
                continue;
            }

            var alert = context.IsMbedTls ? "certificate_unknown" : "bad_certificate";
            yield return context.Reason(Id, $"'{facts.Subject}' is signed with {facts.SignatureDescription}, {refusal}",
                context.Verifier, alert, HandshakeStage.CertificateCheck, 6);
        }
    }

    private static string? Refusal(TlsCheckContext context, CertificateFacts facts)
    {
        var profile = context.Stack.ProfileHashes;
        if (profile.Count > 0)
        {
            return profile.Contains(facts.SignatureHash) ? null : $"a hash the verify profile does not allow (allowed: {string.Join(", ", profile)})";
        }

        return context.SigAlgs.Any(s => Matches(s, facts)) ? null
            : $"which is not among the signature algorithms the peer accepts ({string.Join(", ", context.SigAlgs.Select(s => s.Name))})";
    }

    /// <summary>Whether a certificate signature is covered by a TLS signature scheme (TLS 1.2 meaning: curve not bound).</summary>
    public static bool Matches(Stacks.SignatureScheme scheme, CertificateFacts facts) => facts.SignatureKind switch
    {
        "rsa" => scheme.Signature == "rsa" && scheme.Hash == facts.SignatureHash,
        "rsa_pss" => scheme.Signature is "rsa_pss_rsae" or "rsa_pss_pss" && scheme.Hash == facts.SignatureHash,
        "ecdsa" => scheme.Signature == "ecdsa" && scheme.Hash == facts.SignatureHash,
        "dsa" => scheme.Signature == "dsa" && scheme.Hash == facts.SignatureHash,
        "ed25519" or "ed448" => scheme.Signature == facts.SignatureKind,
        _ => false,
    };
}
