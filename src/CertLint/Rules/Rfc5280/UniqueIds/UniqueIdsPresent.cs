namespace CertLint.Rules.Rfc5280;

public sealed class UniqueIdsPresent : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.unique-ids.present",
        Title = "CAs must not generate unique identifiers",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.8",
        Description = "Flags a certificate that contains issuerUniqueID or subjectUniqueID.",
        Rationale = "\"CAs conforming to this profile MUST NOT generate certificates with unique identifiers.\" They were a v2 attempt at handling the reuse of names; no path validation algorithm uses them, so they only add parsing surface, and minimal X.509 parsers written to the RFC 5280 profile do not expect them.",
        Fix = "Re-issue without issuerUniqueID/subjectUniqueID; distinguish reused names by a new subject name instead.",
        Example = "Issuer Unique ID: 00:52:1e:ba:7c:...",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var cert = context.Certificate;
        if (cert.IssuerUniqueId is { } issuerUid)
        {
            findings.Add(Finding.At(Descriptor, $"issuerUniqueID present ({issuerUid.BitLength} bits)", issuerUid.Location));
        }
        if (cert.SubjectUniqueId is { } subjectUid)
        {
            findings.Add(Finding.At(Descriptor, $"subjectUniqueID present ({subjectUid.BitLength} bits)", subjectUid.Location));
        }
    }
}
