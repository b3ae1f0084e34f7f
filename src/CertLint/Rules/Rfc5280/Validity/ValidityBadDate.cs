namespace CertLint.Rules.Rfc5280;

public sealed class ValidityBadDate : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.validity.bad-date",
        Title = "Validity time is not a valid date",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.5",
        Description = "Flags a notBefore or notAfter whose digits do not form a real date and time (month 13, 30 February, hour 24, second 60, non-digits).",
        Rationale = "A time that is not a date cannot be compared with the clock: Mbed TLS rejects the certificate (-0x2400, MBEDTLS_ERR_X509_INVALID_DATE); a stack that normalises the date instead accepts a different window than the CA meant.",
        Fix = "Re-issue with a valid date, e.g. 251231235959Z.",
        Example = "Not Before: 251301000000Z",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (field, time) in ValidityTimes.Of(context.Certificate))
        {
            if (time.Value is null)
            {
                findings.Add(Finding.At(Descriptor, $"{field} \"{time.Encoded}\" is not a valid date and time", time.Location));
            }
        }
    }
}
