using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class CrlAkiMissing : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.aki.missing",
        Title = "CRL without authorityKeyIdentifier",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.2.1",
        Description = "Checks that the CRL carries the authorityKeyIdentifier extension.",
        Rationale = "\"Conforming CRL issuers MUST use the key identifier method, and MUST include this extension in all CRLs issued.\" After a CA key rollover two keys share the CA's name; without the key identifier OpenSSL, Go and Windows must try every key and may pick the wrong one, failing the CRL's signature check.",
        Fix = "Add authorityKeyIdentifier=keyid to the CRL extensions (openssl ca: crl_extensions section).",
        Example = "CRL extensions: X509v3 CRL Number: 1 (no X509v3 Authority Key Identifier)",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        var crl = context.Crl;
        if (crl.Extension(Oids.AuthorityKeyIdentifier) is null)
        {
            yield return Finding.At(Descriptor, "CRL has no authorityKeyIdentifier extension", crl.ExtensionsLocation ?? crl.TbsLocation);
        }
    }
}
