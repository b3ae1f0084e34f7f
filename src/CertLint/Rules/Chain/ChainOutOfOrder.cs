namespace CertLint.Rules.Chain;

public sealed class ChainOutOfOrder : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "chain.out-of-order",
        Title = "Chain not stored in order (each certificate followed by its issuer)",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5246",
        Citation = "RFC 5246 7.4.2; RFC 8446 4.4.2",
        Description = "For each certificate of a stored chain except the last and self-issued ones, checks that the next certificate is its issuer (its subject equals this certificate's issuer under RFC 5280 7.1).",
        Rationale = "TLS 1.2 requires the sender's chain in order: \"each following certificate MUST directly certify the one preceding it\" (TLS 1.3 relaxes this to SHOULD). Servers send chain files as stored; clients that take the list in order (many embedded and IoT stacks, older TLS libraries) fail to build the path from a shuffled chain, while others (Mbed TLS among them) search the whole list, so the problem shows up only on some clients.",
        Fix = "Store the chain leaf first, then each issuing CA in turn, the root last or omitted: cat leaf.pem intermediate.pem [root.pem] > chain.pem.",
        Example = "chain.pem: leaf, root, intermediate",
    };

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var chain = context.Chain;
        var index = context.ChainIndex;
        if (index < 0 || index + 1 >= chain.Count)
        {
            yield break;
        }
        var cert = context.Certificate;
        var next = chain[index + 1];
        // A self-issued certificate needs no successor; what follows it is judged where it is misplaced.
        if (cert.IsSelfIssued)
        {
            yield break;
        }
        if (!NameComparison.Rfc5280Equal(cert.Issuer, next.Subject))
        {
            var position = -1;
            for (var k = 0; k < chain.Count; k++)
            {
                if (k != index && NameComparison.Rfc5280Equal(cert.Issuer, chain[k].Subject))
                {
                    position = k;
                    break;
                }
            }
            if (position < 0)
            {
                yield break; // the issuer is not in the chain at all: chain.issuer-missing reports that
            }
            yield return Finding.At(Descriptor,
                $"next certificate is \"{ChainContext.Describe(next)}\" but this certificate's issuer \"{cert.Issuer}\" is certificate {position + 1} of {chain.Count}", cert.Issuer.Location);
        }
    }
}
