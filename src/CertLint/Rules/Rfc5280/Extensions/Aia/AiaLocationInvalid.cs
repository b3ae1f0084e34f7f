using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class AiaLocationInvalid : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.aia.location-invalid",
        Title = "AIA/SIA access location is not a usable URI",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.2.1, 4.2.2.2",
        Description = "Checks each accessLocation in authorityInfoAccess and subjectInfoAccess: a URI must be absolute (scheme, and host for http/https/ldap), and id-ad-ocsp and id-ad-caIssuers locations must be URIs.",
        Rationale = "OCSP clients and AIA chasers fetch these locations (the OCSP responder per RFC 6960, the issuer certificate per 4.2.2.1). A relative or malformed URI, or a non-URI name for these methods, cannot be fetched, so revocation checking or chain completion silently fails.",
        Fix = "Use full URLs, e.g. 'OCSP;URI:http://ocsp.example.com' and 'caIssuers;URI:http://ca.example.com/ca.der'.",
        Example = "Authority Information Access: OCSP - URI:ocsp.example.test",
    };

    private static readonly string[] AccessExtensions = [Oids.AuthorityInfoAccess, Oids.SubjectInfoAccess];

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (extension, access) in ExtensionChecks.Decoded<InfoAccess>(context.Certificate, AccessExtensions))
        {
            foreach (var description in access.Descriptions)
            {
                var location = description.Location;
                if (location.Kind == GeneralNameKind.Uri)
                {
                    if (GeneralNameSyntax.UriProblem(location.Text) is { } problem)
                    {
                        findings.Add(Finding.At(Descriptor, $"{extension.Name} {description.MethodName} location '{location.Text}' {problem}", location.Location));
                    }
                }
                else if (description.Method is Oids.AccessOcsp or Oids.AccessCaIssuers)
                {
                    findings.Add(Finding.At(Descriptor, $"{extension.Name} {description.MethodName} location is a {location.KindName} name, not a URI", location.Location));
                }
            }
        }
    }
}
