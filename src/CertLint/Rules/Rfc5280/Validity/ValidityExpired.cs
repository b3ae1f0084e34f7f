namespace CertLint.Rules.Rfc5280;

public sealed class ValidityExpired : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.validity.expired",
        Title = "Certificate has expired",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.1.2.5, 6.1.3 (a)(2)",
        Description = "Flags a certificate whose notAfter is before the time of linting (the run's clock).",
        Rationale = "Path validation requires the current time to lie within every certificate's validity period; an expired certificate fails in every stack (Mbed TLS: MBEDTLS_X509_BADCERT_EXPIRED, OpenSSL: 'certificate has expired') and a server using it cuts off all clients at once.",
        Fix = "Renew the certificate (same key or, better, a new one) and deploy it before the old one's notAfter; monitor expiry dates.",
        Example = "Not After : Jan  1 00:00:00 2021 GMT (linted 2026-01-15)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var notAfter = context.Certificate.NotAfter;
        if (notAfter.Value is { } end && end < context.Now)
        {
            var days = (int)(context.Now - end).TotalDays;
            findings.Add(Finding.At(Descriptor, $"expired {end:yyyy-MM-ddTHH:mm:ssZ} ({days} day(s) before {context.Now:yyyy-MM-ddTHH:mm:ssZ})", notAfter.Location));
        }
    }
}
