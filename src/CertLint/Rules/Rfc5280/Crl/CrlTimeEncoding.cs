namespace CertLint.Rules.Rfc5280;

public sealed class CrlTimeEncoding : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.time.encoding",
        Title = "CRL time not encoded as RFC 5280 requires",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.1.2.4, 5.1.2.5, 5.1.2.6, 4.1.2.5",
        Description = "Checks thisUpdate, nextUpdate and every revocationDate: UTCTime (YYMMDDHHMMSSZ) through 2049, GeneralizedTime (YYYYMMDDHHMMSSZ) from 2050, always in Zulu with seconds and without fractions, and a valid date.",
        Rationale = "\"CRL issuers conforming to this profile MUST encode thisUpdate as UTCTime for dates through the year 2049 ... and as GeneralizedTime for dates in the year 2050 or later\", in the forms of 4.1.2.5. Parsers differ on the other forms: Mbed TLS and Go reject times without seconds or Z, so the CRL or the revocation is not read the same everywhere.",
        Fix = "Have the CA software write times in the RFC 5280 form (openssl ca does); never build CRL times by hand.",
        Example = "thisUpdate: GeneralizedTime 20260101000000Z (before 2050: must be UTCTime 260101000000Z)",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        var crl = context.Crl;
        foreach (var (name, time) in new[] { ("thisUpdate", crl.ThisUpdate), ("nextUpdate", crl.NextUpdate) })
        {
            if (time is not null && CrlChecks.TimeProblem(time) is { } problem)
            {
                yield return Finding.At(Descriptor, $"{name} {problem}", time.Location);
            }
        }
        // Entry by entry as the list is walked: a CRL can hold a million of them.
        foreach (var entry in crl.Revoked)
        {
            if (CrlChecks.TimeProblem(entry.RevocationDate) is { } problem)
            {
                yield return Finding.At(Descriptor, $"revocationDate of entry {entry.Index} {problem}", entry.RevocationDate.Location);
            }
        }
    }
}
