namespace CertLint.Rules.Chain;

public sealed class ChainIssuerNotCa : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "chain.issuer-not-ca",
        Title = "Issuing certificate is not a CA",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "6.1.4 (k), 4.2.1.9",
        Description = "Checks that the certificate that issued this one has basicConstraints with cA TRUE (a self-signed certificate judged against itself is skipped).",
        Rationale = "Only a CA may sign certificates: path validation requires basicConstraints cA TRUE on every issuing certificate (\"If certificate i is a version 3 certificate, verify that the basicConstraints extension is present and that cA is set to TRUE\"). Otherwise any leaf holder could mint certificates. Mbed TLS (x509_crt_check_parent), OpenSSL ('invalid CA certificate') and browsers reject the chain; Mbed TLS excuses only a v1/v2 trusted root.",
        Fix = "Issue from a real CA certificate (basicConstraints = critical, CA:TRUE; keyUsage = critical, keyCertSign, cRLSign), or re-issue the intermediate with those extensions.",
        Example = "Issuer CN=CertLint Chain Intermediate has no basicConstraints",
        NeedsIssuer = true,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (ChainContext.DistinctIssuer(context) is not { } issuer || issuer.IsCa)
        {
            return;
        }
        var why = issuer.BasicConstraints is null ? "has no basicConstraints extension" : "has basicConstraints with cA FALSE";
        findings.Add(Finding.At(Descriptor, $"issuing certificate \"{ChainContext.Describe(issuer)}\" (v{issuer.DisplayVersion}) {why}", context.Certificate.Issuer.Location));
    }
}
