using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class CrlEntryCertificateIssuerNotCritical : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.entry.certificate-issuer-not-critical",
        Title = "certificateIssuer must be critical",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.3.3",
        Description = "Checks that every certificateIssuer entry extension is marked critical.",
        Rationale = "\"If used by conforming CRL issuers, this extension MUST always be critical.\" A verifier that ignores a non-critical certificateIssuer attributes this entry and all that follow to the CRL issuer, revoking certificates of the wrong CA.",
        Fix = "Mark certificateIssuer critical in the CRL entries.",
        Example = "X509v3 Certificate Issuer: DirName:/CN=Other CA (not critical)",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        foreach (var entry in context.Crl.Revoked)
        {
            if (entry.Extension(Oids.CertificateIssuer) is { Critical: false } extension)
            {
                yield return Finding.At(Descriptor, $"entry {entry.Index} (serial {entry.SerialHex}) has certificateIssuer not marked critical", extension.Location);
            }
        }
    }
}
