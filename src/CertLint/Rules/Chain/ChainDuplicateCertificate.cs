namespace CertLint.Rules.Chain;

public sealed class ChainDuplicateCertificate : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "chain.duplicate-certificate",
        Title = "Certificate appears more than once in the chain",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5246",
        Citation = "RFC 5246 7.4.2; RFC 8446 4.4.2",
        Description = "Flags a certificate of a stored chain that is byte-for-byte identical to an earlier one (reported on the later copy).",
        Rationale = "A TLS 1.2 certificate_list must be a path, each certificate certifying the one before it; a repeated intermediate breaks that order and wastes handshake bytes (a real cost on constrained links, where Mbed TLS's MBEDTLS_SSL_IN_CONTENT_LEN or the peer's max_fragment_length may be exceeded). It usually comes from concatenating a chain file with a bundle that already holds the intermediate.",
        Fix = "Remove the repeated certificate: keep the leaf, then each intermediate once, in order.",
        Example = "chain.pem: leaf, intermediate, root, intermediate",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var index = context.ChainIndex;
        if (index < 0 || index >= context.Chain.Count)
        {
            return;
        }
        var first = context.ChainsOrSingle.FirstCopyOf(index);
        if (first < index)
        {
            findings.Add(Finding.At(Descriptor, $"certificate {index + 1} of {context.Chain.Count} repeats certificate {first + 1} (\"{ChainContext.Describe(context.Certificate)}\")", context.Certificate.TbsLocation));
        }
    }
}
