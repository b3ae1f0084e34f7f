using CertLint.Rules;
namespace CertLint.Tls.Checks;

/// <summary>
/// The certificates sent must lead from the leaf to a --ca certificate, each issuer after its child
/// (RFC 5246 7.4.2; Mbed TLS looks for parents only after the child). Without --ca the chain is not judged.
/// </summary>
public sealed class ChainCompleteRule : ITlsRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "tls.chain.incomplete",
        Title = "The chain sent does not lead to a trusted CA",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5246",
        Citation = "7.4.2; RFC 8446 4.4.2",
        Description = "With --ca, checks that the certificates sent lead from the leaf to a trusted certificate, each issuer after its child.",
        Rationale = "The verifying side builds the path from what is sent and what it trusts; Mbed TLS looks for a parent only after the child, so a missing or misplaced intermediate ends the handshake with unknown_ca.",
        Fix = "Send the leaf first, then each intermediate after the certificate it issued (certlint convert writes that order).",
        Example = "a server that sends only its leaf while the client trusts only the root",
    };

    private string Id => Descriptor.Id;

    public IEnumerable<TlsReason> Check(TlsCheckContext context)
    {
        var material = context.Material;
        if (material.Trusted.Count == 0)
        {
            yield break;
        }

        var path = context.Path;
        if (path.Complete)
        {
            yield break;
        }

        var stuck = path.StuckAt!;
        var outOfOrder = material.SentChain.Any(c => ChainPath.Issued(c, stuck));
        var message = outOfOrder
            ? $"the issuer of '{stuck.Subject}' is sent before it; the chain must go leaf first, each issuer after its child"
            : $"no path to a --ca certificate: the issuer of '{stuck.Subject}' ('{stuck.Model.Issuer}') is neither sent nor trusted";
        yield return context.Reason(Id, message, context.Verifier, "unknown_ca", HandshakeStage.CertificateCheck, 5);
    }
}
