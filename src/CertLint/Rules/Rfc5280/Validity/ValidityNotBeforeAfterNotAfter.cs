namespace CertLint.Rules.Rfc5280;

public sealed class ValidityNotBeforeAfterNotAfter : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.validity.not-before-after-not-after",
        Title = "notBefore is after notAfter",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.5",
        Description = "Checks that notBefore is not later than notAfter.",
        Rationale = "The validity period is \"the time interval during which the CA warrants that it will maintain information about the status of the certificate\"; with the ends reversed the interval is empty, so the certificate is never valid and every stack rejects it as expired or not yet valid. A UTCTime year of 50..99 meant as 2050..2099 (it means 1950..1999) produces exactly this.",
        Fix = "Re-issue with notBefore before notAfter; for dates from 2050 on use GeneralizedTime.",
        Example = "Not Before: Jan  1 00:00:00 2035 GMT, Not After : Jan  1 00:00:00 2025 GMT",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var cert = context.Certificate;
        if (cert.NotBefore.Value is { } notBefore && cert.NotAfter.Value is { } notAfter && notBefore > notAfter)
        {
            findings.Add(Finding.At(Descriptor, $"notBefore {notBefore:yyyy-MM-ddTHH:mm:ssZ} is after notAfter {notAfter:yyyy-MM-ddTHH:mm:ssZ}", cert.ValidityLocation));
        }
    }
}
