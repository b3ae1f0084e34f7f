namespace CertLint.Rules.Rfc5280;

public sealed class CrlNumberTooLong : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.number.too-long",
        Title = "cRLNumber longer than 20 octets",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.2.3",
        Description = "Checks that cRLNumber (and BaseCRLNumber) take at most 20 content octets.",
        Rationale = "\"Conforming CRL issuers MUST NOT use CRLNumber values longer than 20 octets\" and relying parties need only handle 20: longer numbers are rejected or truncated (Go and OpenSSL cap them), so CRLs can no longer be ordered.",
        Fix = "Use a CRL number counter of at most 20 octets (159 bits); a monotonic counter never needs more.",
        Example = "X509v3 CRL Number: 21 octets",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        var max = context.IntParameter("max_octets", 20);
        foreach (var (name, number) in new[] { ("cRLNumber", context.Crl.CrlNumber), ("BaseCRLNumber", context.Crl.DeltaCrlIndicator) })
        {
            if (number is not null && number.Raw.Length > max)
            {
                yield return Finding.At(Descriptor, $"{name} is {number.Raw.Length} octets (max {max})", number.Location);
            }
        }
    }
}
