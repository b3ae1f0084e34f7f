namespace CertLint.Rules.Rfc5280;

public sealed class IssuerEmpty : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.issuer.empty",
        Title = "Issuer name must not be empty",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.4",
        Description = "Checks that the issuer field contains at least one RDN.",
        Rationale = "\"The issuer field MUST contain a non-empty distinguished name (DN).\" Path building matches a certificate to its issuer by this name; with an empty one no issuer can be found. Mbed TLS refuses to parse such a certificate (-0x23E0).",
        Fix = "Re-issue with the issuing CA's subject name as issuer (a CA with an empty subject must be re-issued first).",
        Example = "Issuer: (empty)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var issuer = context.Certificate.Issuer;
        if (issuer.IsEmpty)
        {
            findings.Add(Finding.At(Descriptor, "issuer is an empty name (0 RDNs)", issuer.Location));
        }
    }
}
