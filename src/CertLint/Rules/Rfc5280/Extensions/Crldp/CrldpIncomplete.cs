using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class CrldpIncomplete : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.crldp.incomplete",
        Title = "Distribution point without distributionPoint or cRLIssuer",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.13",
        Description = "Checks that every DistributionPoint in cRLDistributionPoints and freshestCRL has a distributionPoint name or a cRLIssuer.",
        Rationale = "While each of these fields is optional, a DistributionPoint MUST NOT consist of only the reasons field; either distributionPoint or cRLIssuer MUST be present. A point with only reasons tells a relying party nothing about where to get the CRL, so revocation cannot be checked.",
        Fix = "Give each distribution point a fullName URI (e.g. 'URI:http://crl.example.com/ca.crl').",
        Example = "X509v3 CRL Distribution Points: Reasons: Key Compromise   (no Full Name)",
    };

    private static readonly string[] DistributionPointExtensions = [Oids.CrlDistributionPoints, Oids.FreshestCrl];

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var (extension, points) in ExtensionChecks.Decoded<CrlDistributionPoints>(context.Certificate, DistributionPointExtensions))
        {
            for (var i = 0; i < points.Points.Count; i++)
            {
                var point = points.Points[i];
                if (point.FullName is null && point.NameRelativeToCrlIssuer is null && point.CrlIssuer is null)
                {
                    var only = point.Reasons is null ? "is empty" : "has only the reasons field";
                    findings.Add(Finding.At(Descriptor, $"{extension.Name} distribution point {i} {only} (distributionPoint or cRLIssuer required)", extension.ValueLocation));
                }
            }
        }
    }
}
