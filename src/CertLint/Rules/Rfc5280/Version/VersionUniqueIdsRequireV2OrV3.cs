namespace CertLint.Rules.Rfc5280;

public sealed class VersionUniqueIdsRequireV2OrV3 : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.version.unique-ids-require-v2-or-v3",
        Title = "Unique identifiers need version 2 or 3",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.8",
        Description = "Checks that issuerUniqueID and subjectUniqueID appear only when the version is v2 or v3.",
        Rationale = "The [1]/[2] unique identifier fields \"MUST only appear if the version is 2 or 3\". A v1 certificate carrying them is malformed: parsers that follow the v1 grammar stop at the unexpected tag and reject the whole certificate.",
        Fix = "Re-issue without unique identifiers (RFC 5280 CAs must not generate them anyway), as v3.",
        Example = "Version: 1 (0x0) ... Subject Unique ID: 00:58:0c:...",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var cert = context.Certificate;
        var uid = cert.IssuerUniqueId ?? cert.SubjectUniqueId;
        if (uid is not null && cert.Version < 1)
        {
            var which = cert.IssuerUniqueId is not null ? "issuerUniqueID" : "subjectUniqueID";
            findings.Add(Finding.At(Descriptor, $"{which} present in a v{cert.DisplayVersion} certificate (needs v2 or v3)", uid.Location));
        }
    }
}
