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
        Description = "For a file that is one chain (at most one certificate that issued nothing in the file; a file of several leaves is a set of chains and has no order to keep), for each certificate except the last and self-issued ones, checks that the next certificate is its issuer (its subject equals this certificate's issuer under RFC 5280 7.1).",
        Rationale = "TLS 1.2 requires the sender's chain in order: \"each following certificate MUST directly certify the one preceding it\" (TLS 1.3 relaxes this to SHOULD). Servers send chain files as stored; clients that take the list in order (many embedded and IoT stacks, older TLS libraries) fail to build the path from a shuffled chain, while others (Mbed TLS among them) search the whole list, so the problem shows up only on some clients.",
        Fix = "Store the chain leaf first, then each issuing CA in turn, the root last or omitted: cat leaf.pem intermediate.pem [root.pem] > chain.pem.",
        Example = "chain.pem: leaf, root, intermediate",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var chain = context.Chain;
        var index = context.ChainIndex;
        if (index < 0 || index + 1 >= chain.Count)
        {
            return;
        }
        // Only a stored order meant to be one chain has an order to keep: a file of several leaves (a fleet export
        // with its CA) is a set of chains, and the file order of a set means nothing.
        var chains = context.ChainsOrSingle;
        if (!chains.IsOneChain)
        {
            return;
        }
        var cert = context.Certificate;
        var next = chain[index + 1];
        // A self-issued certificate needs no successor; what follows it is judged where it is misplaced.
        if (cert.IsSelfIssued)
        {
            return;
        }
        if (!NameComparison.Rfc5280Equal(cert.Issuer, next.Subject))
        {
            var position = chains.FirstWithSubject(cert.Issuer);
            if (position < 0 || position == index)
            {
                return; // the issuer is not in the chain at all: chain.issuer-missing reports that
            }
            findings.Add(Finding.At(Descriptor,
                $"next certificate is \"{ChainContext.Describe(next)}\" but this certificate's issuer \"{cert.Issuer}\" is certificate {position + 1} of {chain.Count}", cert.Issuer.Location));
        }
    }
}
