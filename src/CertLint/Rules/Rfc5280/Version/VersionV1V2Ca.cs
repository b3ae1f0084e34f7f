namespace CertLint.Rules.Rfc5280;

public sealed class VersionV1V2Ca : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.version.v1-v2-ca",
        Title = "v1/v2 certificate used as a CA",
        DefaultSeverity = Severity.Notice,
        Source = "RFC 5280",
        Citation = "6.1.4 (k)",
        Description = "Flags a v1 or v2 certificate (which cannot carry basicConstraints) that is self-issued or that issues the previous certificate in the chain.",
        Rationale = "Without basicConstraints nothing says the key may sign certificates. RFC 5280 path validation needs cA TRUE for every intermediate; Mbed TLS (x509_crt_check_parent) and OpenSSL make an exception only for a v1/v2 certificate that is itself a trusted root. So such a certificate works as a locally trusted root but fails as an intermediate, and some profiles reject it outright.",
        Fix = "Re-issue the CA certificate as v3 with basicConstraints critical cA:TRUE and keyUsage keyCertSign, cRLSign.",
        Example = "Version: 1 (0x0), Issuer: CN=Old Root, Subject: CN=Old Root",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var cert = context.Certificate;
        if (cert.Version is not (0 or 1))
        {
            return;
        }
        var issuesPrevious = context.ChainIndex > 0 && context.ChainIndex < context.Chain.Count
            && context.Chain[context.ChainIndex - 1].Issuer.EncodingEquals(cert.Subject);
        if (cert.IsSelfIssued || issuesPrevious)
        {
            var how = issuesPrevious ? "issues the previous certificate in the chain" : "is self-issued";
            findings.Add(Finding.At(Descriptor, $"v{cert.DisplayVersion} certificate {how}: it acts as a CA without basicConstraints", cert.VersionLocation ?? cert.TbsLocation));
        }
    }
}
