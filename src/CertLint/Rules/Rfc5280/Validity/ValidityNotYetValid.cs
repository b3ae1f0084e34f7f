namespace CertLint.Rules.Rfc5280;

public sealed class ValidityNotYetValid : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.validity.not-yet-valid",
        Title = "Certificate is not yet valid",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.1.2.5, 6.1.3 (a)(2)",
        Description = "Flags a certificate whose notBefore is after the time of linting (the run's clock).",
        Rationale = "Relying parties reject a certificate before its notBefore (Mbed TLS: MBEDTLS_X509_BADCERT_FUTURE, OpenSSL: 'certificate is not yet valid'). Devices with a clock that lags (no RTC battery, before NTP sync) see this even for certificates issued minutes ago, which is why CAs backdate notBefore slightly.",
        Fix = "Deploy the certificate only after its notBefore, or re-issue with notBefore at (or a little before) the issuance time.",
        Example = "Not Before: Jan  1 00:00:00 2030 GMT (linted 2026-01-15)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var notBefore = context.Certificate.NotBefore;
        if (notBefore.Value is { } start && start > context.Now)
        {
            findings.Add(Finding.At(Descriptor, $"valid only from {start:yyyy-MM-ddTHH:mm:ssZ} (now {context.Now:yyyy-MM-ddTHH:mm:ssZ})", notBefore.Location));
        }
    }
}
