namespace CertLint.Rules.Rfc5280;

public sealed class CrlRevokedEmptyList : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.revoked.empty-list",
        Title = "revokedCertificates present but empty",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.1.2.6",
        Description = "Reports a revokedCertificates field encoded as an empty SEQUENCE (30 00).",
        Rationale = "\"When there are no revoked certificates, the revoked certificates list MUST be absent.\" The empty SEQUENCE is not DER for an absent OPTIONAL field, and strict parsers (older Go, some HSM-side validators) reject the CRL, so a CRL revoking nothing still breaks revocation checking.",
        Fix = "Omit revokedCertificates when nothing is revoked (openssl ca does).",
        Example = "tbsCertList: ... thisUpdate, nextUpdate, 30 00, [0] crlExtensions",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        if (context.Crl is { RevokedEncoded: true, Revoked.Count: 0 } crl)
        {
            yield return Finding.At(Descriptor, "revokedCertificates is present but empty (it must be absent when nothing is revoked)", crl.RevokedLocation);
        }
    }
}
