namespace CertLint.Rules.Rfc5280;

public sealed class ValidityGeneralizedTimeBefore2050 : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.validity.generalized-time-before-2050",
        Title = "Validity dates before 2050 must be UTCTime",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.5",
        Description = "Flags a notBefore or notAfter encoded as GeneralizedTime whose date is before 2050-01-01.",
        Rationale = "\"CAs conforming to this profile MUST always encode certificate validity dates through the year 2049 as UTCTime.\" DER gives each instant exactly one encoding; strict profile checkers reject the GeneralizedTime form for such dates, and any tool that re-encodes the certificate writes UTCTime, producing bytes that no longer match the signature.",
        Fix = "Re-issue with UTCTime for dates before 2050 (openssl ca and x509 do this automatically; hand-written templates and some CA products do not).",
        Example = "Not Before: 20250101000000Z (GeneralizedTime)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (field, time) in ValidityTimes.Of(context.Certificate))
        {
            if (!time.IsUtcTime && time.Value is { Year: < 2050 } value)
            {
                findings.Add(Finding.At(Descriptor, $"{field} {time.Encoded} is a GeneralizedTime for {value:yyyy-MM-dd}; dates before 2050 must be UTCTime", time.Location));
            }
        }
    }
}
