namespace CertLint.Rules.Rfc5280;

public sealed class CrlNumberNegative : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.number.negative",
        Title = "cRLNumber must not be negative",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.2.3",
        Description = "Checks that cRLNumber (and a delta CRL's BaseCRLNumber) is a non-negative INTEGER: CRLNumber ::= INTEGER (0..MAX).",
        Rationale = "The type is INTEGER (0..MAX); a negative number (often an unsigned value written without its leading 00 octet) breaks the ordering of CRLs, and Go's x509.ParseRevocationList rejects it, so the whole CRL is unusable there.",
        Fix = "Encode the CRL number as a positive INTEGER (prefix 00 when the top bit is set).",
        Example = "X509v3 CRL Number: -1 (02 01 FF)",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        foreach (var (name, number) in new[] { ("cRLNumber", context.Crl.CrlNumber), ("BaseCRLNumber", context.Crl.DeltaCrlIndicator) })
        {
            if (number is { Value.Sign: < 0 })
            {
                yield return Finding.At(Descriptor, $"{name} is negative ({number.Value}, encoded {Convert.ToHexString(number.Raw.Span)})", number.Location);
            }
        }
    }
}
