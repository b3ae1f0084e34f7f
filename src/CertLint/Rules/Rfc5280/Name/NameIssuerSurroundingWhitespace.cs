namespace CertLint.Rules.Rfc5280;

public sealed class NameIssuerSurroundingWhitespace : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.name.issuer-surrounding-whitespace",
        Title = "Issuer attribute with leading or trailing whitespace",
        DefaultSeverity = Severity.Notice,
        Source = "RFC 5280",
        Citation = "7.1 (RFC 4518 insignificant space handling); 4.1.2.4",
        Description = "Flags issuer attribute values that begin or end with whitespace (the issuer-name counterpart of rfc5280.name.surrounding-whitespace).",
        Rationale = "The issuer name must match the issuing CA's subject. RFC 5280 7.1 comparison ignores the surrounding spaces but byte-oriented comparison does not (Mbed TLS x509_name_cmp, many embedded stacks), so a chain links in one stack and not in another; the CA's own certificate usually carries the same defect.",
        Fix = "Re-issue the CA certificate without the whitespace in its subject, then re-issue the certificates it signed with the corrected issuer name.",
        Example = "Issuer: C = DE, O = \"CertLint Fixtures \", CN = CertLint Ext Test CA",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        NameSurroundingWhitespace.In(findings, Descriptor, NameWalk.Issuer(context.Certificate));
}
