namespace CertLint.Tls.Checks;

/// <summary>
/// The certificates sent must lead from the leaf to a --ca certificate, each issuer after its child
/// (RFC 5246 7.4.2; Mbed TLS looks for parents only after the child). Without --ca the chain is not judged.
/// </summary>
public sealed class ChainCompleteRule : ITlsRule
{
    public string Id => "tls.chain.incomplete";

    public IEnumerable<TlsReason> Check(TlsCheckContext context)
    {
        var material = context.Material;
        if (material.Trusted.Count == 0) yield break;
        var path = context.Path;
        if (path.Complete) yield break;
        var stuck = path.StuckAt!;
        var outOfOrder = material.SentChain.Any(c => ChainPath.Issued(c, stuck));
        var message = outOfOrder
            ? $"the issuer of '{stuck.Subject}' is sent before it; the chain must go leaf first, each issuer after its child"
            : $"no path to a --ca certificate: the issuer of '{stuck.Subject}' ('{stuck.Model.Issuer}') is neither sent nor trusted";
        yield return context.Reason(Id, message, context.Verifier, "unknown_ca", HandshakeStage.CertificateCheck, 5);
    }
}
