namespace CertLint.Rules.Rfc5280;

public sealed class SanIdnMalformed : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.san.idn-malformed",
        Title = "Internationalized dNSName with malformed Punycode",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "7.2 (as updated by RFC 9549); RFC 5890 2.3.2.1, RFC 3492",
        Description = "Decodes every 'xn--' label (A-label) of a subjectAltName dNSName as Punycode and flags the labels that do not decode to a Unicode label.",
        Rationale = "An internationalized name is carried as A-labels, which must be the Punycode encoding of a valid U-label. A label that does not decode is not a domain name any resolver or browser will produce, so the name matches nothing; IDNA-aware verifiers reject it as malformed.",
        Fix = "Convert the Unicode name with an IDNA 2008 library (e.g. 'idn2') and put the resulting A-labels into subjectAltName.",
        Example = "DNS:xn--a-.example.test",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (name, label, unicode) in IdnLabels.OfSan(context.Certificate))
        {
            if (unicode is null)
            {
                findings.Add(Finding.At(Descriptor, $"subjectAltName dNSName '{name.Text}': label '{label}' is not valid Punycode", name.Location));
            }
        }
    }
}
