using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class AiaCaIssuersNoHttpOrLdap : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.aia.ca-issuers-no-http-or-ldap",
        Title = "caIssuers access without an HTTP or LDAP URI",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.2.2.1",
        Description = "Checks that when authorityInfoAccess has id-ad-caIssuers entries, at least one is an http, https or ldap URI.",
        Rationale = "When the id-ad-caIssuers accessMethod is used, at least one instance SHOULD specify an accessLocation that is an HTTP or LDAP URI: those are what AIA-chasing clients (Windows CryptoAPI, browsers) can fetch to complete a chain with a missing intermediate.",
        Fix = "Point caIssuers at 'URI:http://ca.example.com/ca.der' (DER or a certs-only PKCS#7).",
        Example = "Authority Information Access: CA Issuers - URI:ftp://ca.example.test/ca.der",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var extension = context.Certificate.Extension(Oids.AuthorityInfoAccess);
        if (extension?.Readable is not InfoAccess access)
        {
            return;
        }
        var caIssuers = 0;
        var fetchable = false;
        foreach (var description in access.Descriptions)
        {
            if (description.Method == Oids.AccessCaIssuers)
            {
                caIssuers++;
                fetchable |= description.Location.Kind == GeneralNameKind.Uri && CrldpNoHttpOrLdap.IsHttpOrLdap(description.Location.Text);
            }
        }
        if (caIssuers > 0 && !fetchable)
        {
            findings.Add(Finding.At(Descriptor, $"none of the {caIssuers} caIssuers location(s) is an http(s) or ldap URI", extension.ValueLocation));
        }
    }
}
