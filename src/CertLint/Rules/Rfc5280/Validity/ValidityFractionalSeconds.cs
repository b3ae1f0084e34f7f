namespace CertLint.Rules.Rfc5280;

public sealed class ValidityFractionalSeconds : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.validity.fractional-seconds",
        Title = "Validity time with fractional seconds",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.5.2",
        Description = "Flags a notBefore or notAfter with a fraction of a second (e.g. 20500101000000.5Z).",
        Rationale = "\"GeneralizedTime values MUST NOT include fractional seconds.\" Mbed TLS rejects the certificate (-0x2400); other parsers drop the fraction, so the re-encoded certificate no longer matches its signature.",
        Fix = "Re-issue with whole seconds: 20500101000000Z.",
        Example = "Not After : 20500101000000.5Z",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (field, time) in ValidityTimes.Of(context.Certificate))
        {
            if (time.HasFraction)
            {
                findings.Add(Finding.At(Descriptor, $"{field} \"{time.Encoded}\" has fractional seconds", time.Location));
            }
        }
    }
}
