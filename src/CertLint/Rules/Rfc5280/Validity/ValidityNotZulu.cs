namespace CertLint.Rules.Rfc5280;

public sealed class ValidityNotZulu : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.validity.not-zulu",
        Title = "Validity time not in Zulu (UTC) form",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.5.1, 4.1.2.5.2",
        Description = "Flags a notBefore or notAfter that does not end in 'Z' (a local time or a +hhmm/-hhmm offset).",
        Rationale = "Validity times \"MUST be expressed in Greenwich Mean Time (Zulu)\". Mbed TLS rejects time offsets (-0x2400) but silently accepts a UTCTime without Z as UTC, others apply the offset or reject the certificate, so the validity window differs between stacks by hours.",
        Fix = "Re-issue with times converted to UTC and terminated by Z, e.g. 250101000000Z.",
        Example = "Not Before: 250101000000+0100",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (field, time) in ValidityTimes.Of(context.Certificate))
        {
            if (!time.IsZulu)
            {
                findings.Add(Finding.At(Descriptor, $"{field} \"{time.Encoded}\" is not in Zulu form (must end in Z)", time.Location));
            }
        }
    }
}
