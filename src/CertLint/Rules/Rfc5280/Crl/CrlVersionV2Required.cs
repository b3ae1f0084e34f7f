namespace CertLint.Rules.Rfc5280;

public sealed class CrlVersionV2Required : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.version.v2-required",
        Title = "A CRL with extensions must be version 2",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.1.2.1",
        Description = "Checks that a CRL carrying CRL extensions or CRL entry extensions has the version field (a version field with another value than v2 is rfc5280.crl.version.invalid's).",
        Rationale = "\"When extensions are used, as required by this profile, this field MUST be present and MUST specify version 2.\" A v1 CRL with extensions is parsed differently by different stacks: strict parsers (Go crypto/x509, Mbed TLS x509_crl_parse) reject it or ignore the extensions, and with them the CRL number and the issuing distribution point.",
        Fix = "Issue the CRL as v2 (openssl ca writes v2 whenever crl_extensions or a CRL number is configured).",
        Example = "Certificate Revocation List (CRL): Version 1 (0x0) ... CRL extensions: X509v3 CRL Number: 1",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        var crl = context.Crl;
        if (crl.HasAnyExtension && crl.Version is null)
        {
            yield return Finding.At(Descriptor, "CRL has extensions but no version field (v1)", crl.TbsLocation);
        }
    }
}
