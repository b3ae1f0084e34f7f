namespace CertLint.Rules.Rfc5280;

public sealed class NameIssuerMultiValuedRdn : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.name.issuer-multi-valued-rdn",
        Title = "Issuer has a multi-valued RDN",
        DefaultSeverity = Severity.Notice,
        Source = "RFC 5280",
        Citation = "4.1.2.4; CA/Browser Forum BR 7.1.4",
        Description = "Flags an issuer RDN (SET) that holds more than one attribute (the issuer-name counterpart of rfc5280.name.multi-valued-rdn).",
        Rationale = "Name chaining compares the issuer with the CA's subject RDN by RDN; a multi-valued RDN must be DER-sorted and is printed and compared inconsistently ('O=A+OU=B'), so path building by name fails in some stacks.",
        Fix = "Re-issue the CA certificate with one attribute per RDN, then re-issue what it signed.",
        Example = "Issuer: C = DE, O = CertLint Fixtures + OU = CA, CN = CertLint Ext Test CA",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        NameMultiValuedRdn.In(findings, Descriptor, "issuer", context.Certificate.Issuer);
}
