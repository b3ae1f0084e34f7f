namespace CertLint.Rules.Rfc5280;

public sealed class NameMultiValuedRdn : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.name.multi-valued-rdn",
        Title = "Subject has a multi-valued RDN",
        DefaultSeverity = Severity.Notice,
        Source = "RFC 5280",
        Citation = "4.1.2.4; CA/Browser Forum BR 7.1.4",
        Description = "Flags a subject RDN (SET) that holds more than one attribute.",
        Rationale = "Multi-valued RDNs are legal but rare and handled inconsistently: the SET must be sorted in DER, string forms differ ('O=A+OU=B' vs separate RDNs), and name comparison of a multi-valued RDN against single-valued ones fails, so chains built by name break. Public CAs must not use them.",
        Fix = "Give each attribute its own RDN (openssl -subj '/O=A/OU=B', not '/O=A+OU=B' with -multivalue-rdn).",
        Example = "Subject: C = DE, O = CertLint Core Fixtures + OU = Lint, CN = leaf.example.test",
    };

    public void Check(RuleContext context, List<Finding> findings) => In(findings, Descriptor, "subject", context.Certificate.Subject);

    /// <summary>The check itself, for the subject here and the issuer in <see cref="NameIssuerMultiValuedRdn"/>.</summary>
    internal static void In(List<Finding> findings, RuleDescriptor rule, string field, X509.DistinguishedName name)
    {
        foreach (var rdn in name.Rdns)
        {
            if (rdn.Attributes.Count > 1)
            {
                var names = string.Join(" + ", rdn.Attributes.Select(a => $"{a.ShortName}={a.Text}"));
                findings.Add(Finding.At(rule, $"{field} RDN has {rdn.Attributes.Count} attributes: {names}", rdn.Location));
            }
        }
    }
}
