namespace CertLint.Rules.Rfc5280;

public sealed class CrlVersionInvalid : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.version.invalid",
        Title = "CRL version, when present, must be v2",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.1, 5.1.2.1",
        Description = "Checks that an encoded version field holds 1 (v2): Version is OPTIONAL in TBSCertList and 'if present, MUST be v2'; a v1 CRL omits it.",
        Rationale = "A CRL with version 0 written out or a version above v2 is not a valid CertificateList; OpenSSL and Go report an unsupported CRL version and relying parties that cannot read the CRL either fail closed (every certificate of the CA rejected) or skip revocation checking.",
        Fix = "Omit the version for a v1 CRL or write INTEGER 1 (v2), which every CRL with extensions needs.",
        Example = "tbsCertList.version: INTEGER 2 (v3)",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        if (context.Crl.Version is { } version && version != 1)
        {
            yield return Finding.At(Descriptor, $"CRL version is {version} (v{version + 1}); if present it must be 1 (v2)", context.Crl.VersionLocation);
        }
    }
}
