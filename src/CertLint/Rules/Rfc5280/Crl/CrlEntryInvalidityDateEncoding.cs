using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class CrlEntryInvalidityDateEncoding : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.entry.invalidity-date-encoding",
        Title = "invalidityDate not a GeneralizedTime in RFC 5280 form",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.3.2, 4.1.2.5.2",
        Description = "Checks that every invalidityDate is a GeneralizedTime YYYYMMDDHHMMSSZ: Zulu, with seconds, without fractional seconds (whatever the year).",
        Rationale = "InvalidityDate ::= GeneralizedTime and \"MUST be expressed in Greenwich Mean Time (Zulu), and MUST include seconds ... MUST NOT include fractional seconds\" (4.1.2.5.2). A UTCTime or other form is a decoding error for strict parsers, so the invalidity date (and with Go the whole CRL) is lost.",
        Fix = "Write the invalidity date as GeneralizedTime YYYYMMDDHHMMSSZ (openssl ca -crl_compromise does).",
        Example = "Invalidity Date: UTCTime 260110000000Z",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        foreach (var entry in context.Crl.Revoked)
        {
            if (entry.Extension(Oids.InvalidityDate)?.Decoded is not InvalidityDate { Time: var time })
            {
                continue;
            }
            var problem = time.IsUtcTime ? $"\"{time.Encoded}\" is a UTCTime (GeneralizedTime required)"
                : time.Value is null ? $"\"{time.Encoded}\" is not a valid date and time"
                : !time.IsZulu ? $"\"{time.Encoded}\" is not in Zulu (UTC) form ending in Z"
                : !time.HasSeconds ? $"\"{time.Encoded}\" has no seconds"
                : time.HasFraction ? $"\"{time.Encoded}\" has fractional seconds"
                : !time.IsRfc5280Form ? $"\"{time.Encoded}\" is not in the form YYYYMMDDHHMMSSZ"
                : null;
            if (problem is not null)
            {
                yield return Finding.At(Descriptor, $"entry {entry.Index} (serial {entry.SerialHex}) invalidityDate {problem}", time.Location);
            }
        }
    }
}
