using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class CrlNumberMissing : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.number.missing",
        Title = "CRL without cRLNumber",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.2.3",
        Description = "Checks that the CRL carries the cRLNumber extension.",
        Rationale = "\"CRL issuers conforming to this profile MUST include this extension in all CRLs.\" The number lets a relying party tell which of two CRLs is newer and pair delta CRLs with their base; without it caches (Windows CryptoAPI, OpenSSL with delta CRLs) cannot order CRLs and may keep an old one.",
        Fix = "Configure a CRL number (openssl ca: crlnumber file in the CA section) and re-issue the CRL.",
        Example = "CRL extensions: X509v3 Authority Key Identifier only (no X509v3 CRL Number)",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        var crl = context.Crl;
        if (crl.Extension(Oids.CrlNumber) is null)
        {
            yield return Finding.At(Descriptor, "CRL has no cRLNumber extension", crl.ExtensionsLocation ?? crl.TbsLocation);
        }
    }
}
