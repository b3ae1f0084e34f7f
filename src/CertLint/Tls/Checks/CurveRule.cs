using CertLint.Rules;
using CertLint.Tls.Suites;
using CertLint.X509;

namespace CertLint.Tls.Checks;

/// <summary>
/// An EC certificate's curve must be one the peer offers (RFC 8422 5.1: the server picks a certificate on a curve from
/// the client's supported_groups; Mbed TLS: the verifying side checks it against its own group list in TLS 1.2) and,
/// with a target, one its X.509 verify profile allows. TLS 1.3 binds curves through signature schemes instead.
/// </summary>
public sealed class CurveRule : ITlsRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "tls.key.curve",
        Title = "The certificate's curve is not offered or not allowed",
        DefaultSeverity = Severity.Error,
        Source = "RFC 8422",
        Citation = "5.1; Mbed TLS x509_crt.c verify profile",
        Description = "Checks that an EC certificate's curve has a TLS group, is among the groups the peer offers (TLS 1.2), and is allowed by the target's X.509 verify profile.",
        Rationale = "In TLS 1.2 a server picks only a certificate on a curve from the client's supported_groups (handshake_failure otherwise), and Mbed TLS refuses a peer certificate whose curve its groups or verify profile exclude (unsupported_certificate).",
        Fix = "Issue the certificate on a curve both sides support (secp256r1 is the common choice), or offer its group on the peer.",
        Example = "a secp521r1 certificate for a client that offers only secp256r1",
    };

    private string Id => Descriptor.Id;

    public IEnumerable<TlsReason> Check(TlsCheckContext context)
    {
        var leaf = context.Leaf;
        if (leaf.KeyKind != KeyType.Ec)
        {
            yield break;
        }

        var curve = leaf.Curve;
        if (curve is null)
        {
            yield return context.Reason(Id, $"the certificate's EC key is on a curve TLS has no group for ({leaf.Key.CurveName ?? leaf.Key.CurveOid ?? "explicit parameters"})",
                context.Verifier, "unsupported_certificate", HandshakeStage.CertificateCheck, 3);
            yield break;
        }
        var offered = context.Groups.Contains(curve);
        var groupsText = string.Join(", ", context.Groups.Where(g => g.IsCertificateCurve).Select(g => g.Name));
        if (!offered && !context.IsTls13)
        {
            var kx = context.Suite.KeyExchange;
            var ecdsaSelection = context.Role == TlsRole.Server && kx == KeyExchange.EcdheEcdsa && context.Stack.ServerChecksCurve;
            var rfcSelection = context.Role == TlsRole.Server && !context.IsMbedTls;
            if (ecdsaSelection || rfcSelection)
            {
                yield return context.Reason(Id, $"the certificate's curve {curve.Name} is not among the groups the client offers ({groupsText})",
                    TlsRole.Server, "handshake_failure", HandshakeStage.Selection);
            }
            else if (context.IsMbedTls)
            {
                yield return context.Reason(Id, $"the certificate's curve {curve.Name} is not in the verifying side's groups ({groupsText})",
                    context.Verifier, "unsupported_certificate", HandshakeStage.CertificateCheck, 3, "tls.key.curve.verifier");
            }
        }
        var profile = context.Stack.ProfileCurves;
        if (profile.Count > 0 && !profile.Contains(curve.Name))
        {
            yield return context.Reason(Id, $"the certificate's curve {curve.Name} is not allowed by the verify profile ({string.Join(", ", profile)})",
                context.Verifier, "unsupported_certificate", HandshakeStage.CertificateCheck, 3, "tls.key.curve.profile");
        }
    }
}
