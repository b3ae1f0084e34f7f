using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class CrldpUriInvalid : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.crldp.uri-invalid",
        Title = "CRL distribution point URI is not an absolute URI",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.13",
        Description = "Checks every URI in the fullName and cRLIssuer of cRLDistributionPoints and freshestCRL: absolute, with a scheme, and a host for http/https/ldap.",
        Rationale = "When the distribution point is a URI, it points to the current CRL (HTTP URIs MUST point to a DER CRL, LDAP URIs MUST include the host). A relative or malformed URI cannot be fetched, so clients that check revocation fail closed or skip the check.",
        Fix = "Use the full URL, e.g. 'URI:http://crl.example.com/ca.crl'.",
        Example = "X509v3 CRL Distribution Points: Full Name: URI:crl.example.test/ca.crl",
    };

    private static readonly string[] DistributionPointExtensions = [Oids.CrlDistributionPoints, Oids.FreshestCrl];

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (extension, points) in ExtensionChecks.Decoded<CrlDistributionPoints>(context.Certificate, DistributionPointExtensions))
        {
            foreach (var point in points.Points)
            {
                foreach (var name in point.FullName ?? [])
                {
                    if (Problem(extension.Name, name) is { } finding)
                    {
                        findings.Add(finding);
                    }
                }
                foreach (var name in point.CrlIssuer ?? [])
                {
                    if (Problem(extension.Name, name) is { } finding)
                    {
                        findings.Add(finding);
                    }
                }
            }
        }
    }

    private Finding? Problem(string extensionName, GeneralName name) =>
        name.Kind == GeneralNameKind.Uri && GeneralNameSyntax.UriProblem(name.Text) is { } problem
            ? Finding.At(Descriptor, $"{extensionName} URI '{name.Text}' {problem}", name.Location)
            : null;
}
