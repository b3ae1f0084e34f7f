namespace CertLint.Rules.Rfc5280;

public sealed class ValiditySecondsMissing : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.validity.seconds-missing",
        Title = "Validity time without seconds",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.5.1, 4.1.2.5.2",
        Description = "Flags a notBefore or notAfter that omits the seconds (YYMMDDHHMMZ instead of YYMMDDHHMMSSZ).",
        Rationale = "Both time forms \"MUST include seconds\". Mbed TLS rejects the certificate (-0x2400, MBEDTLS_ERR_X509_INVALID_DATE).",
        Fix = "Re-issue with full times, e.g. 250101000000Z.",
        Example = "Not Before: 2501010000Z",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (field, time) in ValidityTimes.Of(context.Certificate))
        {
            if (!time.HasSeconds)
            {
                findings.Add(Finding.At(Descriptor, $"{field} \"{time.Encoded}\" has no seconds", time.Location));
            }
        }
    }
}
